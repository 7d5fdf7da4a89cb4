"""Bilingual (en/ru) demo content for the Uralkran Engineering portal."""

# Company-wide contact details and social links.
COMPANY = {
    "name": "Uralkran Engineering",
    "phone": "+7 343 555-01-20",
    "email": "info@uralkran.example",
    "telegram_url": "https://t.me/uralkran_example",
    "vk_url": "https://vk.com/uralkran_example",
    "youtube_url": "",
    "linkedin_url": "",
}

# Home page content (hero block and closing call to action).
HOME = {
    "en": {
        "title": "Home",
        "hero_title": "Lifting equipment built for heavy industry",
        "hero_text": (
            "Uralkran Engineering designs, manufactures, installs and services "
            "overhead and gantry cranes, hoists and custom lifting systems for plants, "
            "ports and warehouses across Russia. Our design bureau and production site "
            "are in Yekaterinburg."
        ),
        "hero_link_text": "Explore our products",
        "seo_description": (
            "Uralkran Engineering, Yekaterinburg: design, manufacture, installation "
            "and maintenance of overhead cranes, gantry cranes and hoists. Industry "
            "news and market reviews."
        ),
        "cta": {
            "title": "Need a crane for your project?",
            "text": (
                "Send us the load capacity, span and operating conditions, and our "
                "engineers will prepare a technical proposal and a preliminary quote "
                "within three working days."
            ),
            "button_text": "Request a quote",
        },
    },
    "ru": {
        "title": "Главная",
        "hero_title": "Грузоподъёмное оборудование для тяжёлой промышленности",
        "hero_text": (
            "«Уралкран Инжиниринг» проектирует, изготавливает, монтирует и обслуживает "
            "мостовые и козловые краны, тали и специальные грузоподъёмные системы для "
            "заводов, портов и складов по всей России. Наше конструкторское бюро и "
            "производство находятся в Екатеринбурге."
        ),
        "hero_link_text": "Смотреть продукцию",
        "seo_description": (
            "«Уралкран Инжиниринг», Екатеринбург: проектирование, производство, монтаж "
            "и обслуживание мостовых и козловых кранов и талей. Новости отрасли и "
            "обзоры рынка."
        ),
        "cta": {
            "title": "Нужен кран для вашего проекта?",
            "text": (
                "Сообщите грузоподъёмность, пролёт и условия эксплуатации — наши "
                "инженеры подготовят техническое предложение и предварительный расчёт "
                "стоимости за три рабочих дня."
            ),
            "button_text": "Запросить расчёт",
        },
    },
}

# News topics, in display order.
TOPICS = [
    {
        "slug": "industry-news",
        "en": "Industry news",
        "ru": "Новости отрасли",
        "description_en": (
            "Events, projects and regulatory changes in the Russian lifting equipment "
            "industry."
        ),
        "description_ru": (
            "События, проекты и изменения в регулировании отрасли грузоподъёмного "
            "оборудования."
        ),
    },
    {
        "slug": "company-news",
        "en": "Company news",
        "ru": "Новости компании",
        "description_en": (
            "Contracts, production updates and events at Uralkran Engineering."
        ),
        "description_ru": (
            "Контракты, новости производства и события «Уралкран Инжиниринг»."
        ),
    },
    {
        "slug": "technologies",
        "en": "Technologies",
        "ru": "Технологии",
        "description_en": (
            "Engineering solutions, automation and digital tools for cranes and hoists."
        ),
        "description_ru": (
            "Инженерные решения, автоматизация и цифровые инструменты для кранов и "
            "талей."
        ),
    },
    {
        "slug": "achievements",
        "en": "Achievements",
        "ru": "Достижения",
        "description_en": "Awards, record projects and milestones of our team.",
        "description_ru": "Награды, рекордные проекты и важные рубежи нашей команды.",
    },
    {
        "slug": "market-reviews",
        "en": "Market reviews",
        "ru": "Обзоры рынка",
        "description_en": (
            "Analysis of demand, prices and trends in the lifting equipment market."
        ),
        "description_ru": (
            "Аналитика спроса, цен и тенденций на рынке грузоподъёмного оборудования."
        ),
    },
]

# Corporate sections under the home page, in menu order.
# Body blocks are (block_type, value) tuples.
SECTIONS = [
    {
        "slug": "about",
        "image": "factory",
        "en": {
            "title": "About the company",
            "intro": (
                "Since 2004, Uralkran Engineering has been designing and building "
                "lifting equipment for Russian industry, from compact hoists to "
                "heavy-duty cranes for steel plants."
            ),
            "body": [
                ("heading", "An engineering company with its own production"),
                (
                    "paragraph",
                    (
                        "<p>Uralkran Engineering was founded in Yekaterinburg in 2004 "
                        "by a group of crane designers from the region's heavy "
                        "machinery plants. Today we are a full-cycle company with a "
                        "design bureau, fabrication and assembly shops, installation "
                        "teams and a nationwide service network. More than 2,500 of "
                        "our cranes and hoists operate at plants, ports and warehouses "
                        "from Kaliningrad to Vladivostok.</p>"
                    ),
                ),
                (
                    "two_columns",
                    {
                        "left": [
                            ("heading", "What we do"),
                            (
                                "paragraph",
                                (
                                    "<ul><li>Overhead cranes with capacities from 1 to "
                                    "320 tonnes</li><li>Gantry and semi-gantry cranes "
                                    "with spans up to 40 m</li><li>Electric wire rope "
                                    "and chain hoists</li><li>Installation, "
                                    "commissioning and "
                                    "maintenance</li><li>Modernisation of existing "
                                    "crane fleets</li></ul>"
                                ),
                            ),
                        ],
                        "right": [
                            ("heading", "Key figures"),
                            (
                                "table",
                                {
                                    "header": ["Indicator", "Value"],
                                    "rows": [
                                        ["Employees", "420"],
                                        ["Production area", "18,000 m²"],
                                        ["Cranes and hoists delivered", "over 2,500"],
                                        ["Under service contracts", "over 400 cranes"],
                                    ],
                                },
                            ),
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We build cranes the way our customers' plants work: for "
                            "decades, in three shifts and in a harsh climate. For us, "
                            "reliability is not a slogan but a design requirement."
                        ),
                        "author": "Andrey Kovalev, General Director",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Our quality management system is certified to ISO 9001. "
                        "Wherever their size allows, cranes are pre-assembled and "
                        "load-tested at our facility before shipment. Every project "
                        "comes with the full set of documentation required by Russian "
                        "industrial safety regulations.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "title": "Let's discuss your project",
                        "text": (
                            "Tell us about your task, and our engineers will suggest "
                            "the best solution."
                        ),
                        "button_text": "Contact us",
                    },
                ),
            ],
        },
        "ru": {
            "title": "О компании",
            "intro": (
                "С 2004 года «Уралкран Инжиниринг» проектирует и производит "
                "грузоподъёмное оборудование для российской промышленности — от "
                "компактных талей до тяжёлых кранов для металлургических заводов."
            ),
            "body": [
                ("heading", "Инжиниринговая компания с собственным производством"),
                (
                    "paragraph",
                    (
                        "<p>«Уралкран Инжиниринг» основан в Екатеринбурге в 2004 году "
                        "группой конструкторов-краностроителей с предприятий тяжёлого "
                        "машиностроения региона. Сегодня мы — компания полного цикла: "
                        "конструкторское бюро, заготовительное и сборочное "
                        "производство, монтажные бригады и сервисная сеть по всей "
                        "стране. Более 2500 наших кранов и талей работают на заводах, "
                        "в портах и на складах от Калининграда до Владивостока.</p>"
                    ),
                ),
                (
                    "two_columns",
                    {
                        "left": [
                            ("heading", "Что мы делаем"),
                            (
                                "paragraph",
                                (
                                    "<ul><li>Мостовые краны грузоподъёмностью от 1 до "
                                    "320 тонн</li><li>Козловые и полукозловые краны "
                                    "пролётом до 40 м</li><li>Электрические канатные и "
                                    "цепные тали</li><li>Монтаж, пусконаладка и "
                                    "техническое обслуживание</li><li>Модернизация "
                                    "действующего кранового парка</li></ul>"
                                ),
                            ),
                        ],
                        "right": [
                            ("heading", "Ключевые цифры"),
                            (
                                "table",
                                {
                                    "header": ["Показатель", "Значение"],
                                    "rows": [
                                        ["Сотрудников", "420"],
                                        ["Производственная площадь", "18 000 м²"],
                                        ["Поставлено кранов и талей", "более 2500"],
                                        [
                                            "На сервисном обслуживании",
                                            "более 400 кранов",
                                        ],
                                    ],
                                },
                            ),
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Мы строим краны так, как работают заводы наших "
                            "заказчиков, — на десятилетия, в три смены и в суровом "
                            "климате. Надёжность для нас не лозунг, а требование к "
                            "конструкции."
                        ),
                        "author": "Андрей Ковалёв, генеральный директор",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Система менеджмента качества компании сертифицирована по "
                        "ISO 9001. Если позволяют габариты, краны перед отгрузкой "
                        "проходят контрольную сборку и испытания под нагрузкой на "
                        "нашей площадке. Каждый проект сопровождается полным "
                        "комплектом документации, которого требуют российские правила "
                        "промышленной безопасности.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "title": "Обсудим ваш проект",
                        "text": (
                            "Расскажите о вашей задаче, и наши инженеры предложат "
                            "оптимальное решение."
                        ),
                        "button_text": "Связаться с нами",
                    },
                ),
            ],
        },
        "children": [],
    },
    {
        "slug": "products",
        "image": "crane",
        "en": {
            "title": "Products",
            "intro": (
                "Overhead and gantry cranes, hoists and custom lifting solutions "
                "designed around your production process."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>We manufacture lifting equipment to customer "
                        "specifications rather than from a fixed catalogue. Each crane "
                        "is designed for the actual loads, duty group, building "
                        "geometry and climate of the site. Standard components such as "
                        "drives, brakes, wire ropes and control systems come from "
                        "proven suppliers with service support in Russia.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Product line",
                            "Capacity",
                            "Span / lift height",
                            "Typical applications",
                        ],
                        "rows": [
                            [
                                "Overhead cranes",
                                "1–320 t",
                                "span up to 35 m",
                                "Steel plants, machine shops, power plants",
                            ],
                            [
                                "Gantry cranes",
                                "3.2–100 t",
                                "span up to 40 m",
                                "Ports, open storage yards, precast plants",
                            ],
                            [
                                "Hoists",
                                "0.5–20 t",
                                "lift up to 36 m",
                                "Workshops, warehouses, chemical plants",
                            ],
                        ],
                    },
                ),
                (
                    "two_columns",
                    {
                        "left": [
                            ("heading", "Design"),
                            (
                                "paragraph",
                                (
                                    "<p>Our design bureau prepares a 3D model and "
                                    "strength calculations for every project. We "
                                    "verify steel structures with finite element "
                                    "analysis and coordinate the crane with the "
                                    "building runway, power supply and process "
                                    "layout.</p>"
                                ),
                            ),
                        ],
                        "right": [
                            ("heading", "Manufacturing"),
                            (
                                "paragraph",
                                (
                                    "<p>Girders, end carriages and trolleys are welded "
                                    "and machined in our own shops in Yekaterinburg. "
                                    "Most cranes are pre-assembled and load-tested at "
                                    "the plant before shipment, which shortens "
                                    "installation on site.</p>"
                                ),
                            ),
                        ],
                    },
                ),
                (
                    "cta",
                    {
                        "title": "Request a technical proposal",
                        "text": (
                            "Specify the load capacity, span, lift height and duty "
                            "group, and we will prepare a proposal within three "
                            "working days."
                        ),
                        "button_text": "Request a quote",
                    },
                ),
            ],
        },
        "ru": {
            "title": "Продукция",
            "intro": (
                "Мостовые и козловые краны, тали и специальные грузоподъёмные решения, "
                "спроектированные под ваш производственный процесс."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Мы изготавливаем грузоподъёмное оборудование по "
                        "техническому заданию заказчика, а не по жёсткому каталогу. "
                        "Каждый кран проектируется под реальные нагрузки, группу "
                        "классификации, геометрию здания и климат площадки. "
                        "Стандартные комплектующие — приводы, тормоза, канаты и "
                        "системы управления — поставляют проверенные производители с "
                        "сервисной поддержкой в России.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Линейка",
                            "Грузоподъёмность",
                            "Пролёт / высота подъёма",
                            "Типичное применение",
                        ],
                        "rows": [
                            [
                                "Мостовые краны",
                                "1–320 т",
                                "пролёт до 35 м",
                                "Металлургия, машиностроение, электростанции",
                            ],
                            [
                                "Козловые краны",
                                "3,2–100 т",
                                "пролёт до 40 м",
                                "Порты, открытые склады, заводы ЖБИ",
                            ],
                            [
                                "Тали",
                                "0,5–20 т",
                                "подъём до 36 м",
                                "Цеха, склады, химические предприятия",
                            ],
                        ],
                    },
                ),
                (
                    "two_columns",
                    {
                        "left": [
                            ("heading", "Проектирование"),
                            (
                                "paragraph",
                                (
                                    "<p>Наше конструкторское бюро готовит 3D-модель и "
                                    "прочностные расчёты для каждого проекта. Мы "
                                    "проверяем металлоконструкции методом конечных "
                                    "элементов и увязываем кран с подкрановым путём, "
                                    "электроснабжением и технологической "
                                    "планировкой.</p>"
                                ),
                            ),
                        ],
                        "right": [
                            ("heading", "Производство"),
                            (
                                "paragraph",
                                (
                                    "<p>Главные и концевые балки, тележки сваривают и "
                                    "обрабатывают в наших цехах в Екатеринбурге. "
                                    "Большинство кранов перед отгрузкой проходят "
                                    "контрольную сборку и испытания под нагрузкой на "
                                    "заводе, что сокращает сроки монтажа на "
                                    "объекте.</p>"
                                ),
                            ),
                        ],
                    },
                ),
                (
                    "cta",
                    {
                        "title": "Запросите техническое предложение",
                        "text": (
                            "Укажите грузоподъёмность, пролёт, высоту подъёма и группу "
                            "классификации — мы подготовим предложение за три рабочих "
                            "дня."
                        ),
                        "button_text": "Запросить расчёт",
                    },
                ),
            ],
        },
        "children": [
            {
                "slug": "overhead-cranes",
                "image": "crane",
                "en": {
                    "title": "Overhead cranes",
                    "intro": (
                        "Single- and double-girder overhead cranes with capacities "
                        "from 1 to 320 tonnes for workshops, warehouses and "
                        "metallurgical plants."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Overhead cranes are the backbone of material "
                                "handling in any production building. We supply "
                                "single-girder cranes for light and medium duty and "
                                "double-girder cranes for heavy and continuous "
                                "operation, including cranes for handling molten "
                                "metal. Each crane is designed for the specific "
                                "building, load spectrum and operating mode.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "header": [
                                    "Parameter",
                                    "Single-girder",
                                    "Double-girder",
                                ],
                                "rows": [
                                    ["Capacity", "1–16 t", "5–320 t"],
                                    ["Span", "4.5–28.5 m", "10.5–35 m"],
                                    ["Duty group (ISO 4301)", "A3–A5", "A5–A8"],
                                    [
                                        "Hoisting speed",
                                        "up to 8 m/min",
                                        "up to 16 m/min",
                                    ],
                                    [
                                        "Control",
                                        "Pendant or radio",
                                        "Cab, radio or semi-automatic",
                                    ],
                                ],
                            },
                        ),
                        (
                            "two_columns",
                            {
                                "left": [
                                    ("heading", "Standard features"),
                                    (
                                        "paragraph",
                                        (
                                            "<ul><li>Frequency-controlled drives on "
                                            "all motions</li><li>Overload limiter and "
                                            "hoist limit switches</li><li>Radio remote "
                                            "control with a backup "
                                            "pendant</li><li>Corrosion protection for "
                                            "heated or unheated buildings</li></ul>"
                                        ),
                                    ),
                                ],
                                "right": [
                                    ("heading", "Options"),
                                    (
                                        "paragraph",
                                        (
                                            "<ul><li>Anti-sway and automatic "
                                            "positioning system</li><li>Remote "
                                            "condition "
                                            "monitoring</li><li>Explosion-proof "
                                            "design</li><li>Versions for ambient "
                                            "temperatures down to −50 °C</li></ul>"
                                        ),
                                    ),
                                ],
                            },
                        ),
                        (
                            "image",
                            {
                                "image": "crane",
                                "caption": (
                                    "Double-girder overhead crane, 50/12.5 t, during "
                                    "factory load testing"
                                ),
                            },
                        ),
                        (
                            "cta",
                            {
                                "title": "Choose an overhead crane",
                                "text": (
                                    "Send us the building drawings and load data, and "
                                    "we will select the optimal crane configuration."
                                ),
                                "button_text": "Request a quote",
                            },
                        ),
                    ],
                },
                "ru": {
                    "title": "Мостовые краны",
                    "intro": (
                        "Однобалочные и двухбалочные мостовые краны грузоподъёмностью "
                        "от 1 до 320 тонн для цехов, складов и металлургических "
                        "предприятий."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Мостовые краны — основа внутрицеховой логистики в "
                                "любом производственном здании. Мы поставляем "
                                "однобалочные краны для лёгкого и среднего режимов "
                                "работы и двухбалочные краны для тяжёлого и "
                                "непрерывного режима, включая краны для работы с "
                                "расплавленным металлом. Каждый кран проектируется под "
                                "конкретное здание, спектр нагрузок и режим "
                                "эксплуатации.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "header": ["Параметр", "Однобалочные", "Двухбалочные"],
                                "rows": [
                                    ["Грузоподъёмность", "1–16 т", "5–320 т"],
                                    ["Пролёт", "4,5–28,5 м", "10,5–35 м"],
                                    [
                                        "Группа классификации (ISO 4301)",
                                        "A3–A5",
                                        "A5–A8",
                                    ],
                                    ["Скорость подъёма", "до 8 м/мин", "до 16 м/мин"],
                                    [
                                        "Управление",
                                        "С пульта или по радио",
                                        "Из кабины, по радио или полуавтоматическое",
                                    ],
                                ],
                            },
                        ),
                        (
                            "two_columns",
                            {
                                "left": [
                                    ("heading", "Стандартная комплектация"),
                                    (
                                        "paragraph",
                                        (
                                            "<ul><li>Частотное управление всеми "
                                            "механизмами</li><li>Ограничитель "
                                            "грузоподъёмности и концевые выключатели "
                                            "подъёма</li><li>Радиоуправление с "
                                            "резервным подвесным "
                                            "пультом</li><li>Антикоррозионная защита "
                                            "для отапливаемых и неотапливаемых "
                                            "зданий</li></ul>"
                                        ),
                                    ),
                                ],
                                "right": [
                                    ("heading", "Опции"),
                                    (
                                        "paragraph",
                                        (
                                            "<ul><li>Система подавления раскачивания и "
                                            "автоматического "
                                            "позиционирования</li><li>Удалённый "
                                            "мониторинг технического "
                                            "состояния</li><li>Взрывозащищённое "
                                            "исполнение</li><li>Исполнение для "
                                            "температур до −50 °C</li></ul>"
                                        ),
                                    ),
                                ],
                            },
                        ),
                        (
                            "image",
                            {
                                "image": "crane",
                                "caption": (
                                    "Двухбалочный мостовой кран 50/12,5 т во время "
                                    "заводских испытаний"
                                ),
                            },
                        ),
                        (
                            "cta",
                            {
                                "title": "Подберите мостовой кран",
                                "text": (
                                    "Пришлите чертежи здания и данные о грузах — мы "
                                    "подберём оптимальную конфигурацию крана."
                                ),
                                "button_text": "Запросить расчёт",
                            },
                        ),
                    ],
                },
                "children": [],
            },
            {
                "slug": "gantry-cranes",
                "image": "port",
                "en": {
                    "title": "Gantry cranes",
                    "intro": (
                        "Gantry and semi-gantry cranes with capacities up to 100 "
                        "tonnes for ports, open storage yards and precast concrete "
                        "plants."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Gantry cranes handle loads where there is no "
                                "building structure to carry a runway: in open yards, "
                                "at berths and at railway sidings. We design them for "
                                "wind loads, low temperatures and intensive shift "
                                "operation. Semi-gantry cranes are a good solution "
                                "when one side of the crane can run on a rail along a "
                                "building wall.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "header": ["Parameter", "Value"],
                                "rows": [
                                    ["Capacity", "3.2–100 t"],
                                    ["Span", "10–40 m"],
                                    ["Cantilever outreach", "up to 10 m"],
                                    ["Lifting height", "up to 20 m"],
                                    ["Operating temperature", "−45 °C to +40 °C"],
                                ],
                            },
                        ),
                        (
                            "two_columns",
                            {
                                "left": [
                                    ("heading", "Versions"),
                                    (
                                        "paragraph",
                                        (
                                            "<ul><li>Double-girder box gantry "
                                            "cranes</li><li>Single-girder gantry and "
                                            "semi-gantry cranes</li><li>Container "
                                            "gantry cranes with spreaders</li><li>Grab "
                                            "cranes for bulk materials</li></ul>"
                                        ),
                                    ),
                                ],
                                "right": [
                                    ("heading", "Safety equipment"),
                                    (
                                        "paragraph",
                                        (
                                            "<ul><li>Anemometer with automatic "
                                            "shutdown</li><li>Rail clamps and storm "
                                            "anchors</li><li>Travel limit switches and "
                                            "buffers</li><li>Warning lights and sirens "
                                            "for crane travel</li></ul>"
                                        ),
                                    ),
                                ],
                            },
                        ),
                        (
                            "cta",
                            {
                                "title": "Planning an open storage yard?",
                                "text": (
                                    "Tell us about the loads, yard layout and climate, "
                                    "and we will propose a gantry crane and the rail "
                                    "track design."
                                ),
                                "button_text": "Request a quote",
                            },
                        ),
                    ],
                },
                "ru": {
                    "title": "Козловые краны",
                    "intro": (
                        "Козловые и полукозловые краны грузоподъёмностью до 100 тонн "
                        "для портов, открытых складов и заводов ЖБИ."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Козловые краны работают там, где нет строительных "
                                "конструкций для подкранового пути: на открытых "
                                "площадках, у причалов и на железнодорожных тупиках. "
                                "Мы рассчитываем их на ветровые нагрузки, низкие "
                                "температуры и интенсивную работу в несколько смен. "
                                "Полукозловые краны — хорошее решение, когда одна "
                                "опора крана может двигаться по рельсу вдоль стены "
                                "здания.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "header": ["Параметр", "Значение"],
                                "rows": [
                                    ["Грузоподъёмность", "3,2–100 т"],
                                    ["Пролёт", "10–40 м"],
                                    ["Вылет консоли", "до 10 м"],
                                    ["Высота подъёма", "до 20 м"],
                                    ["Температура эксплуатации", "от −45 °C до +40 °C"],
                                ],
                            },
                        ),
                        (
                            "two_columns",
                            {
                                "left": [
                                    ("heading", "Исполнения"),
                                    (
                                        "paragraph",
                                        (
                                            "<ul><li>Двухбалочные козловые краны "
                                            "коробчатого сечения</li><li>Однобалочные "
                                            "козловые и полукозловые "
                                            "краны</li><li>Контейнерные козловые краны "
                                            "со спредерами</li><li>Грейферные краны "
                                            "для сыпучих грузов</li></ul>"
                                        ),
                                    ),
                                ],
                                "right": [
                                    ("heading", "Приборы безопасности"),
                                    (
                                        "paragraph",
                                        (
                                            "<ul><li>Анемометр с автоматическим "
                                            "отключением</li><li>Рельсовые захваты и "
                                            "противоугонные "
                                            "устройства</li><li>Концевые выключатели "
                                            "передвижения и буферы</li><li>Световая и "
                                            "звуковая сигнализация движения "
                                            "крана</li></ul>"
                                        ),
                                    ),
                                ],
                            },
                        ),
                        (
                            "cta",
                            {
                                "title": "Планируете открытый склад?",
                                "text": (
                                    "Расскажите о грузах, планировке площадки и "
                                    "климате — мы предложим козловой кран и проект "
                                    "рельсового пути."
                                ),
                                "button_text": "Запросить расчёт",
                            },
                        ),
                    ],
                },
                "children": [],
            },
            {
                "slug": "hoists",
                "image": "gears",
                "en": {
                    "title": "Hoists",
                    "intro": (
                        "Electric wire rope and chain hoists with capacities from 0.5 "
                        "to 20 tonnes, including explosion-proof versions."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Hoists are the simplest and most cost-effective "
                                "way to mechanise lifting in a workshop or warehouse. "
                                "They are used on their own on monorails or as the "
                                "lifting mechanism of single-girder overhead and "
                                "gantry cranes. Our wire rope hoists are manufactured "
                                "in Yekaterinburg.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "header": [
                                    "Type",
                                    "Capacity",
                                    "Lift height",
                                    "Features",
                                ],
                                "rows": [
                                    [
                                        "Electric wire rope hoist",
                                        "1–20 t",
                                        "6–36 m",
                                        "Two speeds or frequency drive",
                                    ],
                                    [
                                        "Electric chain hoist",
                                        "0.5–5 t",
                                        "3–12 m",
                                        "Compact, low headroom",
                                    ],
                                    [
                                        "Explosion-proof hoist",
                                        "1–10 t",
                                        "6–18 m",
                                        "For hazardous areas",
                                    ],
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>All hoists are supplied with a load limiter, upper "
                                "and lower limit switches and a brake with manual "
                                "release. Our service centres keep spare parts for the "
                                "entire range in stock, so most repairs can be "
                                "completed within one or two days.</p>"
                            ),
                        ),
                        (
                            "cta",
                            {
                                "title": "Need a hoist?",
                                "text": (
                                    "Specify the capacity, lift height and operating "
                                    "conditions, and we will select a model and "
                                    "prepare a quote."
                                ),
                                "button_text": "Request a quote",
                            },
                        ),
                    ],
                },
                "ru": {
                    "title": "Тали",
                    "intro": (
                        "Электрические канатные и цепные тали грузоподъёмностью от 0,5 "
                        "до 20 тонн, в том числе во взрывозащищённом исполнении."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Таль — самый простой и экономичный способ "
                                "механизировать подъём грузов в цехе или на складе. "
                                "Тали применяют самостоятельно на монорельсах или как "
                                "механизм подъёма однобалочных мостовых и козловых "
                                "кранов. Наши канатные тали производятся в "
                                "Екатеринбурге.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "header": [
                                    "Тип",
                                    "Грузоподъёмность",
                                    "Высота подъёма",
                                    "Особенности",
                                ],
                                "rows": [
                                    [
                                        "Электрическая канатная таль",
                                        "1–20 т",
                                        "6–36 м",
                                        "Две скорости или частотный привод",
                                    ],
                                    [
                                        "Электрическая цепная таль",
                                        "0,5–5 т",
                                        "3–12 м",
                                        "Компактная, малая строительная высота",
                                    ],
                                    [
                                        "Взрывозащищённая таль",
                                        "1–10 т",
                                        "6–18 м",
                                        "Для взрывоопасных зон",
                                    ],
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Все тали поставляются с ограничителем "
                                "грузоподъёмности, концевыми выключателями верхнего и "
                                "нижнего положения крюка и тормозом с ручным "
                                "растормаживанием. В наших сервисных центрах есть "
                                "запас запчастей для всей линейки, поэтому большинство "
                                "ремонтов выполняется за один-два дня.</p>"
                            ),
                        ),
                        (
                            "cta",
                            {
                                "title": "Нужна таль?",
                                "text": (
                                    "Укажите грузоподъёмность, высоту подъёма и "
                                    "условия работы — мы подберём модель и подготовим "
                                    "предложение."
                                ),
                                "button_text": "Запросить расчёт",
                            },
                        ),
                    ],
                },
                "children": [],
            },
        ],
    },
    {
        "slug": "services",
        "image": "engineers",
        "en": {
            "title": "Services",
            "intro": (
                "Installation, commissioning, maintenance and modernisation of lifting "
                "equipment, for our own cranes and for equipment from other "
                "manufacturers."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>A crane is only as reliable as its installation and "
                        "maintenance. Our service division employs more than 120 "
                        "certified specialists and operates from Yekaterinburg and "
                        "regional centres in Chelyabinsk, Perm and Tyumen. We work "
                        "with cranes from any manufacturer, including imported "
                        "equipment.</p>"
                    ),
                ),
                (
                    "two_columns",
                    {
                        "left": [
                            ("heading", "Project services"),
                            (
                                "paragraph",
                                (
                                    "<ul><li>Installation and "
                                    "commissioning</li><li>Crane runway surveys and "
                                    "alignment</li><li>Load testing and registration "
                                    "documents</li></ul>"
                                ),
                            ),
                        ],
                        "right": [
                            ("heading", "Operation services"),
                            (
                                "paragraph",
                                (
                                    "<ul><li>Scheduled maintenance "
                                    "contracts</li><li>Emergency repair with a 24/7 "
                                    "dispatch service</li><li>Modernisation and "
                                    "service-life extension</li></ul>"
                                ),
                            ),
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Our goal is to prevent breakdowns rather than repair "
                            "them. That is why every maintenance contract starts with "
                            "a full audit of the crane."
                        ),
                        "author": "Pavel Lebedev, Head of Service Division",
                    },
                ),
                (
                    "cta",
                    {
                        "title": "Need service for your cranes?",
                        "text": (
                            "Tell us the number and type of cranes at your site, and "
                            "we will prepare a service proposal."
                        ),
                        "button_text": "Contact the service team",
                    },
                ),
            ],
        },
        "ru": {
            "title": "Услуги",
            "intro": (
                "Монтаж, пусконаладка, обслуживание и модернизация грузоподъёмного "
                "оборудования — как наших кранов, так и техники других производителей."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Кран надёжен ровно настолько, насколько качественно его "
                        "смонтировали и обслуживают. В нашем сервисном подразделении "
                        "работают более 120 аттестованных специалистов — в "
                        "Екатеринбурге и региональных центрах в Челябинске, Перми и "
                        "Тюмени. Мы обслуживаем краны любых производителей, в том "
                        "числе импортные.</p>"
                    ),
                ),
                (
                    "two_columns",
                    {
                        "left": [
                            ("heading", "Проектные услуги"),
                            (
                                "paragraph",
                                (
                                    "<ul><li>Монтаж и "
                                    "пусконаладка</li><li>Обследование и рихтовка "
                                    "подкрановых путей</li><li>Испытания и документы "
                                    "для постановки на учёт</li></ul>"
                                ),
                            ),
                        ],
                        "right": [
                            ("heading", "Эксплуатационные услуги"),
                            (
                                "paragraph",
                                (
                                    "<ul><li>Договоры на плановое "
                                    "обслуживание</li><li>Аварийный ремонт с "
                                    "круглосуточной диспетчерской "
                                    "службой</li><li>Модернизация и продление срока "
                                    "службы</li></ul>"
                                ),
                            ),
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Наша задача — предотвращать поломки, а не устранять их. "
                            "Поэтому каждый договор на обслуживание начинается с "
                            "полного аудита крана."
                        ),
                        "author": (
                            "Павел Лебедев, руководитель сервисного подразделения"
                        ),
                    },
                ),
                (
                    "cta",
                    {
                        "title": "Нужен сервис для ваших кранов?",
                        "text": (
                            "Сообщите количество и типы кранов на площадке — мы "
                            "подготовим предложение по сервису."
                        ),
                        "button_text": "Связаться с сервисной службой",
                    },
                ),
            ],
        },
        "children": [
            {
                "slug": "installation",
                "image": "team",
                "en": {
                    "title": "Installation and commissioning",
                    "intro": (
                        "Turnkey crane installation by our own certified teams, from "
                        "the runway survey to handover to the customer."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Our installation teams have mounted cranes in "
                                "operating workshops, at ports and on construction "
                                "sites in temperatures as low as minus forty. We plan "
                                "each installation together with the customer's "
                                "production department to keep downtime to a minimum. "
                                "All work is carried out under a method statement and "
                                "a lifting plan approved by the customer.</p>"
                            ),
                        ),
                        ("heading", "How we work"),
                        (
                            "paragraph",
                            (
                                "<ul><li>Survey of the building, crane runway and "
                                "power supply</li><li>Method statement and lifting "
                                "plan</li><li>Assembly of the crane and its electrical "
                                "equipment</li><li>Commissioning, static and dynamic "
                                "load tests</li><li>Operator training and handover "
                                "documentation</li></ul>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "header": ["Crane type", "Typical installation time"],
                                "rows": [
                                    ["Single-girder overhead crane", "2–4 days"],
                                    [
                                        "Double-girder overhead crane up to 50 t",
                                        "1–2 weeks",
                                    ],
                                    ["Gantry crane up to 50 t", "2–3 weeks"],
                                ],
                            },
                        ),
                        (
                            "cta",
                            {
                                "title": "Plan your installation",
                                "text": (
                                    "Tell us the crane type and site conditions, and "
                                    "we will estimate the timing and cost of "
                                    "installation."
                                ),
                                "button_text": "Contact us",
                            },
                        ),
                    ],
                },
                "ru": {
                    "title": "Монтаж и пусконаладка",
                    "intro": (
                        "Монтаж кранов под ключ силами собственных аттестованных "
                        "бригад — от обследования подкранового пути до передачи крана "
                        "заказчику."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Наши монтажные бригады устанавливали краны в "
                                "действующих цехах, в портах и на строительных "
                                "площадках при морозах до минус сорока. Каждый монтаж "
                                "мы планируем вместе с производственной службой "
                                "заказчика, чтобы свести простои к минимуму. Все "
                                "работы выполняются по проекту производства работ и "
                                "схемам строповки, согласованным с заказчиком.</p>"
                            ),
                        ),
                        ("heading", "Как мы работаем"),
                        (
                            "paragraph",
                            (
                                "<ul><li>Обследование здания, подкранового пути и "
                                "электроснабжения</li><li>Разработка проекта "
                                "производства работ и схем строповки</li><li>Сборка "
                                "крана и монтаж "
                                "электрооборудования</li><li>Пусконаладка, статические "
                                "и динамические испытания</li><li>Обучение персонала и "
                                "передача исполнительной документации</li></ul>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "header": ["Тип крана", "Типичный срок монтажа"],
                                "rows": [
                                    ["Однобалочный мостовой кран", "2–4 дня"],
                                    [
                                        "Двухбалочный мостовой кран до 50 т",
                                        "1–2 недели",
                                    ],
                                    ["Козловой кран до 50 т", "2–3 недели"],
                                ],
                            },
                        ),
                        (
                            "cta",
                            {
                                "title": "Спланируйте монтаж",
                                "text": (
                                    "Сообщите тип крана и условия на площадке — мы "
                                    "оценим сроки и стоимость монтажа."
                                ),
                                "button_text": "Связаться с нами",
                            },
                        ),
                    ],
                },
                "children": [],
            },
            {
                "slug": "maintenance",
                "image": "engineers",
                "en": {
                    "title": "Maintenance and repair",
                    "intro": (
                        "Scheduled maintenance, emergency repair and modernisation of "
                        "cranes and hoists from any manufacturer."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Regular maintenance extends the life of a crane "
                                "and keeps it compliant with industrial safety rules. "
                                "We offer contracts with a fixed monthly fee that "
                                "cover inspections, lubrication, adjustment of brakes "
                                "and safety devices and replacement of wear parts. "
                                "Every contract begins with a full audit of the "
                                "crane's condition.</p>"
                            ),
                        ),
                        (
                            "two_columns",
                            {
                                "left": [
                                    ("heading", "A maintenance contract includes"),
                                    (
                                        "paragraph",
                                        (
                                            "<ul><li>Scheduled inspections and "
                                            "servicing</li><li>Checks of safety "
                                            "devices and brakes</li><li>Wire rope and "
                                            "hook inspection</li><li>Logbook entries "
                                            "and reports for the "
                                            "customer</li><li>Priority emergency "
                                            "call-outs</li></ul>"
                                        ),
                                    ),
                                ],
                                "right": [
                                    ("heading", "Modernisation"),
                                    (
                                        "paragraph",
                                        (
                                            "<p>Old cranes can often be given a second "
                                            "life. We replace contactor control with "
                                            "frequency drives, install new hoists and "
                                            "trolleys, add radio control and safety "
                                            "systems and extend the service life based "
                                            "on an expert examination.</p>"
                                        ),
                                    ),
                                ],
                            },
                        ),
                        (
                            "table",
                            {
                                "header": [
                                    "Service level",
                                    "Response time",
                                    "Inspections",
                                ],
                                "rows": [
                                    ["Basic", "48 hours", "Quarterly"],
                                    ["Standard", "24 hours", "Monthly"],
                                    [
                                        "Premium",
                                        "4 hours, 24/7",
                                        "Monthly plus remote monitoring",
                                    ],
                                ],
                            },
                        ),
                        (
                            "cta",
                            {
                                "title": "Need service for your cranes?",
                                "text": (
                                    "Tell us the number and type of cranes at your "
                                    "site, and we will prepare a maintenance proposal."
                                ),
                                "button_text": "Contact the service team",
                            },
                        ),
                    ],
                },
                "ru": {
                    "title": "Обслуживание и ремонт",
                    "intro": (
                        "Плановое техническое обслуживание, аварийный ремонт и "
                        "модернизация кранов и талей любых производителей."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Регулярное обслуживание продлевает срок службы "
                                "крана и поддерживает его соответствие правилам "
                                "промышленной безопасности. Мы предлагаем договоры с "
                                "фиксированной ежемесячной оплатой, которые включают "
                                "осмотры, смазку, регулировку тормозов и приборов "
                                "безопасности и замену изнашиваемых деталей. Каждый "
                                "договор начинается с полного аудита технического "
                                "состояния крана.</p>"
                            ),
                        ),
                        (
                            "two_columns",
                            {
                                "left": [
                                    ("heading", "Договор на обслуживание включает"),
                                    (
                                        "paragraph",
                                        (
                                            "<ul><li>Плановые осмотры и техническое "
                                            "обслуживание</li><li>Проверку приборов "
                                            "безопасности и тормозов</li><li>Контроль "
                                            "состояния канатов и крюковых "
                                            "подвесок</li><li>Записи в вахтенном "
                                            "журнале и отчёты для "
                                            "заказчика</li><li>Приоритетные аварийные "
                                            "выезды</li></ul>"
                                        ),
                                    ),
                                ],
                                "right": [
                                    ("heading", "Модернизация"),
                                    (
                                        "paragraph",
                                        (
                                            "<p>Старым кранам часто можно дать вторую "
                                            "жизнь. Мы заменяем контакторное "
                                            "управление частотными приводами, "
                                            "устанавливаем новые тали и тележки, "
                                            "добавляем радиоуправление и системы "
                                            "безопасности и продлеваем срок службы по "
                                            "результатам экспертизы промышленной "
                                            "безопасности.</p>"
                                        ),
                                    ),
                                ],
                            },
                        ),
                        (
                            "table",
                            {
                                "header": [
                                    "Уровень сервиса",
                                    "Время реагирования",
                                    "Осмотры",
                                ],
                                "rows": [
                                    ["Базовый", "48 часов", "Ежеквартально"],
                                    ["Стандартный", "24 часа", "Ежемесячно"],
                                    [
                                        "Премиальный",
                                        "4 часа, круглосуточно",
                                        "Ежемесячно и удалённый мониторинг",
                                    ],
                                ],
                            },
                        ),
                        (
                            "cta",
                            {
                                "title": "Нужен сервис для ваших кранов?",
                                "text": (
                                    "Сообщите количество и типы кранов на площадке — "
                                    "мы подготовим предложение на обслуживание."
                                ),
                                "button_text": "Связаться с сервисной службой",
                            },
                        ),
                    ],
                },
                "children": [],
            },
        ],
    },
    {
        "slug": "careers",
        "image": "team",
        "en": {
            "title": "Careers",
            "intro": (
                "Join a team that designs and builds heavy machinery in the Urals. We "
                "are looking for engineers, welders, electricians and installers."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Uralkran Engineering employs more than 420 people, and we "
                        "keep growing. We offer stable work at a modern production "
                        "facility, official employment, training and the chance to "
                        "take part in large industrial projects across the country.</p>"
                    ),
                ),
                (
                    "two_columns",
                    {
                        "left": [
                            ("heading", "We offer"),
                            (
                                "paragraph",
                                (
                                    "<ul><li>Official employment and a competitive "
                                    "salary paid twice a month</li><li>Voluntary "
                                    "health insurance after the probation "
                                    "period</li><li>Paid training and "
                                    "certification</li><li>Company transport from the "
                                    "city centre to the plant</li><li>Internships for "
                                    "students of technical universities</li></ul>"
                                ),
                            ),
                        ],
                        "right": [
                            ("heading", "Open positions"),
                            (
                                "table",
                                {
                                    "header": ["Position", "Department"],
                                    "rows": [
                                        ["Crane design engineer", "Design bureau"],
                                        [
                                            (
                                                "Electrical engineer (drives and "
                                                "automation)"
                                            ),
                                            "Engineering",
                                        ],
                                        ["Certified welder", "Production"],
                                        ["Crane installer", "Installation division"],
                                        ["Service engineer (Perm)", "Service division"],
                                    ],
                                },
                            ),
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Many of our engineers came to us as interns and now lead "
                            "their own projects. We value people who want to "
                            "understand how things work."
                        ),
                        "author": "Natalia Orlova, HR Director",
                    },
                ),
                (
                    "cta",
                    {
                        "title": "Send us your CV",
                        "text": (
                            "Haven't found a suitable vacancy? Write to us anyway, and "
                            "we will get in touch when a position opens."
                        ),
                        "button_text": "Contact HR",
                    },
                ),
            ],
        },
        "ru": {
            "title": "Карьера",
            "intro": (
                "Присоединяйтесь к команде, которая проектирует и строит тяжёлые "
                "машины на Урале. Мы ищем инженеров, сварщиков, электриков и "
                "монтажников."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>В «Уралкран Инжиниринг» работают более 420 человек, и "
                        "компания продолжает расти. Мы предлагаем стабильную работу на "
                        "современном производстве, официальное трудоустройство, "
                        "обучение и возможность участвовать в крупных промышленных "
                        "проектах по всей стране.</p>"
                    ),
                ),
                (
                    "two_columns",
                    {
                        "left": [
                            ("heading", "Мы предлагаем"),
                            (
                                "paragraph",
                                (
                                    "<ul><li>Официальное трудоустройство и "
                                    "конкурентную зарплату дважды в месяц</li><li>ДМС "
                                    "после испытательного срока</li><li>Оплачиваемое "
                                    "обучение и аттестацию</li><li>Корпоративный "
                                    "транспорт от центра города до "
                                    "завода</li><li>Стажировки для студентов "
                                    "технических вузов</li></ul>"
                                ),
                            ),
                        ],
                        "right": [
                            ("heading", "Открытые вакансии"),
                            (
                                "table",
                                {
                                    "header": ["Должность", "Подразделение"],
                                    "rows": [
                                        [
                                            "Инженер-конструктор кранов",
                                            "Конструкторское бюро",
                                        ],
                                        [
                                            "Инженер-электрик (приводы и автоматика)",
                                            "Инжиниринг",
                                        ],
                                        ["Аттестованный сварщик", "Производство"],
                                        ["Монтажник кранов", "Монтажное подразделение"],
                                        [
                                            "Сервисный инженер (Пермь)",
                                            "Сервисное подразделение",
                                        ],
                                    ],
                                },
                            ),
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Многие наши инженеры пришли к нам стажёрами, а теперь "
                            "ведут собственные проекты. Мы ценим людей, которым "
                            "интересно разобраться, как всё устроено."
                        ),
                        "author": "Наталья Орлова, директор по персоналу",
                    },
                ),
                (
                    "cta",
                    {
                        "title": "Отправьте резюме",
                        "text": (
                            "Не нашли подходящей вакансии? Всё равно напишите нам — мы "
                            "свяжемся с вами, когда появится подходящая позиция."
                        ),
                        "button_text": "Связаться с отделом кадров",
                    },
                ),
            ],
        },
        "children": [],
    },
]

# Contacts page.
CONTACTS = {
    "slug": "contacts",
    "en": {
        "title": "Contacts",
        "intro": (
            "Our head office, design bureau and production site are located in "
            "Yekaterinburg. Call us, send an email or visit us in person, and we will "
            "help you choose the equipment and estimate the cost of your project."
        ),
        "address": (
            "Uralkran Engineering\n27 Mashinostroiteley St., bldg. 2\nYekaterinburg "
            "620012\nRussia"
        ),
        "hours": [("Mon–Fri", "8:30–17:30"), ("Sat", "10:00–14:00"), ("Sun", "Closed")],
    },
    "ru": {
        "title": "Контакты",
        "intro": (
            "Головной офис, конструкторское бюро и производство компании находятся в "
            "Екатеринбурге. Позвоните нам, напишите письмо или приезжайте лично — мы "
            "поможем подобрать оборудование и рассчитать стоимость вашего проекта."
        ),
        "address": (
            "ООО «Уралкран Инжиниринг»\nул. Машиностроителей, д. 27, корп. 2\n620012, "
            "Екатеринбург\nРоссия"
        ),
        "hours": [("Пн–Пт", "8:30–17:30"), ("Сб", "10:00–14:00"), ("Вс", "Выходной")],
    },
    "phone": "+7 343 555-01-20",
    "email": "info@uralkran.example",
}

# News index page.
NEWS_INDEX = {
    "slug": "news",
    "en": {
        "title": "News",
        "intro": (
            "Company announcements, industry events, technology articles and market "
            "analytics from the Uralkran Engineering team."
        ),
    },
    "ru": {
        "title": "Новости",
        "intro": (
            "Новости компании, события отрасли, статьи о технологиях и рыночная "
            "аналитика от команды «Уралкран Инжиниринг»."
        ),
    },
}

# News articles. days_ago is counted back from the day the demo is loaded.
NEWS = [
    {
        "slug": "new-gantry-crane-for-port-of-ust-luga",
        "topic": "industry-news",
        "days_ago": 1,
        "image": "port",
        "tags": ["cranes", "ports"],
        "author": {"en": "Anna Smirnova", "ru": "Анна Смирнова"},
        "en": {
            "title": (
                "New rail-mounted gantry crane enters service at an Ust-Luga bulk "
                "terminal"
            ),
            "lead": (
                "A 40-tonne grab gantry crane has been commissioned at the Severnaya "
                "Gavan bulk terminal, raising the berth's handling capacity by about a "
                "fifth."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Severnaya Gavan terminal operator has put into service "
                        "a rail-mounted gantry crane with a 32-metre span and a "
                        "40-tonne grab for handling mineral fertilisers and coal. The "
                        "crane replaced two portal cranes that had been in operation "
                        "for more than 35 years. According to the operator, the new "
                        "machine will raise the berth's throughput by approximately 20 "
                        "percent.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The crane is designed for round-the-clock operation in the "
                        "Baltic climate, with wind gusts of up to 20 m/s and "
                        "temperatures down to minus 30 degrees. It is equipped with "
                        "frequency-controlled drives, an anti-sway system and an "
                        "anemometer that automatically stops the crane during storms. "
                        "Energy regenerated while lowering loads is returned to the "
                        "terminal grid.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ports are replacing equipment from the 1980s on a large "
                            "scale. Operators now expect not only capacity from new "
                            "machines but also lower energy consumption and remote "
                            "diagnostics."
                        ),
                        "author": "Viktor Gromov, lifting equipment analyst",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Industry analysts expect Baltic and Far Eastern terminals "
                        "to keep upgrading their handling equipment over the next "
                        "three years as cargo flows are redistributed between ports. "
                        "Demand is expected to be strongest for grab and container "
                        "cranes designed for harsh climates.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "В Усть-Луге на навалочном терминале запущен новый козловой кран",
            "lead": (
                "На терминале «Северная гавань» введён в эксплуатацию грейферный "
                "козловой кран грузоподъёмностью 40 тонн — пропускная способность "
                "причала вырастет примерно на пятую часть."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Оператор терминала «Северная гавань» ввёл в эксплуатацию "
                        "козловой кран на рельсовом ходу с пролётом 32 метра и "
                        "40-тонным грейфером для перевалки минеральных удобрений и "
                        "угля. Кран заменил два портальных крана, проработавших более "
                        "35 лет. По данным оператора, новая машина увеличит пропускную "
                        "способность причала примерно на 20 процентов.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Кран рассчитан на круглосуточную работу в балтийском "
                        "климате — при порывах ветра до 20 м/с и морозах до минус 30 "
                        "градусов. Он оснащён частотно-регулируемыми приводами, "
                        "системой подавления раскачивания груза и анемометром, который "
                        "автоматически останавливает кран во время шторма. Энергия, "
                        "вырабатываемая при опускании груза, возвращается в сеть "
                        "терминала.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Порты массово заменяют технику 1980-х годов. Сегодня "
                            "операторы ждут от новых машин не только "
                            "производительности, но и меньшего энергопотребления и "
                            "удалённой диагностики."
                        ),
                        "author": (
                            "Виктор Громов, аналитик рынка подъёмного оборудования"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Отраслевые аналитики ожидают, что балтийские и "
                        "дальневосточные терминалы продолжат обновлять перегрузочную "
                        "технику в ближайшие три года на фоне перераспределения "
                        "грузопотоков между портами. Наибольшим спросом, по их "
                        "оценкам, будут пользоваться грейферные и контейнерные краны в "
                        "северном исполнении.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "guidance-on-crane-runway-inspection",
        "topic": "industry-news",
        "days_ago": 41,
        "image": "engineers",
        "tags": ["safety", "cranes"],
        "author": {"en": "Dmitry Volkov", "ru": "Дмитрий Волков"},
        "en": {
            "title": (
                "Industry association publishes guidance on crane runway inspection"
            ),
            "lead": (
                "The Ural Lifting Equipment Association has issued practical "
                "recommendations for plants on surveying crane runways and rails."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The recommendations were prepared by a working group of "
                        "crane manufacturers, expert organisations and plant chief "
                        "mechanics. They describe how to plan and document geodetic "
                        "surveys of crane runways. The document is advisory, but its "
                        "authors expect it to become a reference point for inspections "
                        "at industrial sites in the region, covering both overhead "
                        "crane runways in buildings and rail tracks of gantry "
                        "cranes.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Key recommendations include:</p><ul><li>a survey of rail "
                        "alignment and elevation at least once a year for cranes of "
                        "duty group A6 and above</li><li>mandatory checks after any "
                        "repair of the runway or building columns</li><li>use of laser "
                        "trackers or total stations instead of string "
                        "lines</li><li>storing survey results in digital form to track "
                        "deviations over time</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>According to the association, worn and misaligned runways "
                        "cause up to a third of unscheduled crane repairs. Typical "
                        "consequences include wheel flange wear, skewing of the bridge "
                        "and cracks in end carriages. Regular surveys make it possible "
                        "to straighten rails during planned shutdowns instead of "
                        "dealing with emergency stops.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "A crane cannot be more reliable than the rails it runs "
                            "on. We often see a new crane installed on a runway that "
                            "has not been checked for twenty years."
                        ),
                        "author": (
                            "Alexey Zaitsev, chairman of the association's technical "
                            "committee"
                        ),
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "Отраслевая ассоциация выпустила рекомендации по обследованию "
                "подкрановых путей"
            ),
            "lead": (
                "Уральская ассоциация подъёмно-транспортного оборудования подготовила "
                "для предприятий практические рекомендации по обследованию подкрановых "
                "путей и рельсов."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Рекомендации подготовила рабочая группа из производителей "
                        "кранов, экспертных организаций и главных механиков "
                        "предприятий. Они описывают, как планировать и оформлять "
                        "геодезическую съёмку подкрановых путей. Документ носит "
                        "рекомендательный характер, но авторы рассчитывают, что он "
                        "станет ориентиром при проверках на промышленных площадках "
                        "региона — как для подкрановых путей мостовых кранов в цехах, "
                        "так и для рельсовых путей козловых кранов.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Основные рекомендации:</p><ul><li>планово-высотная съёмка "
                        "рельсов не реже одного раза в год для кранов группы "
                        "классификации A6 и выше</li><li>обязательная проверка после "
                        "любого ремонта подкрановых путей или колонн "
                        "здания</li><li>применение лазерных трекеров или электронных "
                        "тахеометров вместо натянутой струны</li><li>хранение "
                        "результатов съёмки в цифровом виде, чтобы отслеживать "
                        "динамику отклонений</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>По данным ассоциации, износ и перекосы подкрановых путей "
                        "становятся причиной до трети внеплановых ремонтов кранов. "
                        "Типичные последствия — износ реборд колёс, перекос моста и "
                        "трещины в концевых балках. Регулярная съёмка позволяет "
                        "выполнять рихтовку рельсов во время плановых остановов, а не "
                        "устранять проблемы в аварийном порядке.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Кран не может быть надёжнее рельсов, по которым он ездит. "
                            "Мы часто видим, как новый кран монтируют на путь, который "
                            "не проверяли двадцать лет."
                        ),
                        "author": (
                            "Алексей Зайцев, председатель технического комитета "
                            "ассоциации"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "ural-plants-modernise-ageing-crane-fleets",
        "topic": "industry-news",
        "days_ago": 81,
        "image": "factory",
        "tags": ["metallurgy", "cranes"],
        "author": {"en": "Elena Kuznetsova", "ru": "Елена Кузнецова"},
        "en": {
            "title": "Ural plants step up modernisation of ageing crane fleets",
            "lead": (
                "More than half of the overhead cranes at the region's metallurgical "
                "and machine-building plants are over 30 years old, an industry "
                "association survey shows."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The survey covered 38 enterprises in the Sverdlovsk, "
                        "Chelyabinsk and Perm regions with a combined fleet of about "
                        "4,700 overhead and gantry cranes. Cranes built before 1990 "
                        "account for 56 percent of the fleet, and many of them have "
                        "already had their service life extended once or twice. At the "
                        "same time, the share of plants with approved multi-year "
                        "modernisation programmes has grown noticeably.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Crane age", "Share of fleet"],
                        "rows": [
                            ["Under 10 years", "14%"],
                            ["10–20 years", "12%"],
                            ["20–30 years", "18%"],
                            ["Over 30 years", "56%"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Plants increasingly choose modernisation over full "
                        "replacement: a new hoist, trolley and control system can be "
                        "installed on a sound bridge structure in a few days. This "
                        "approach costs 40–60 percent of the price of a new crane and "
                        "does not require strengthening the building. Full replacement "
                        "remains the main option for cranes in hot shops and for "
                        "cranes with fatigue cracks in the main girders.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Survey participants named frequency drives, radio control "
                        "and overload protection as the most sought-after upgrades. "
                        "Almost every second plant also plans to introduce remote "
                        "condition monitoring within the next five years.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": (
                "Уральские заводы ускоряют модернизацию стареющего кранового парка"
            ),
            "lead": (
                "Более половины мостовых кранов на металлургических и "
                "машиностроительных предприятиях региона старше 30 лет — такие данные "
                "приводит отраслевая ассоциация по итогам опроса."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>В опросе участвовали 38 предприятий Свердловской и "
                        "Челябинской областей и Пермского края с общим парком около "
                        "4700 мостовых и козловых кранов. На краны, выпущенные до 1990 "
                        "года, приходится 56 процентов парка, и многим из них срок "
                        "службы продлевали уже один-два раза. При этом заметно выросла "
                        "доля заводов, утвердивших многолетние программы "
                        "модернизации.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Возраст кранов", "Доля парка"],
                        "rows": [
                            ["До 10 лет", "14%"],
                            ["10–20 лет", "12%"],
                            ["20–30 лет", "18%"],
                            ["Старше 30 лет", "56%"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Предприятия всё чаще выбирают модернизацию вместо полной "
                        "замены: новую таль, тележку и систему управления можно "
                        "установить на исправную металлоконструкцию моста за несколько "
                        "дней. Такой подход обходится в 40–60 процентов стоимости "
                        "нового крана и не требует усиления конструкций здания. Полная "
                        "замена остаётся основным вариантом для кранов горячих цехов и "
                        "кранов с усталостными трещинами в главных балках.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Самыми востребованными доработками участники опроса "
                        "назвали частотные преобразователи, радиоуправление и защиту "
                        "от перегрузки. Почти каждый второй завод также планирует "
                        "внедрить удалённый мониторинг технического состояния в "
                        "ближайшие пять лет.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "warehouse-automation-drives-demand-for-hoists",
        "topic": "industry-news",
        "days_ago": 121,
        "image": "warehouse",
        "tags": ["logistics", "hoists", "automation"],
        "author": {"en": "Olga Morozova", "ru": "Ольга Морозова"},
        "en": {
            "title": "Warehouse automation boosts demand for hoists and light cranes",
            "lead": (
                "Logistics operators are increasingly equipping warehouses with "
                "monorail hoists and light crane systems for handling heavy and "
                "oversized goods."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Most modern warehouses are designed around forklifts and "
                        "racking, but a growing share of goods, such as metal coils, "
                        "engines, pipes and crated equipment, is too heavy or awkward "
                        "for them. Operators of logistics parks in the Urals and "
                        "Siberia are therefore adding suspended cranes and monorail "
                        "hoists to their buildings. Such systems free up floor space "
                        "and reduce the risk of damaging goods during handling.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Demand is especially strong for light crane systems with "
                        "steel or aluminium profile tracks that can be attached to the "
                        "roof structure of a standard warehouse. Capacities of 0.5 to "
                        "5 tonnes cover most tasks, and installation does not require "
                        "separate columns. Integration with the warehouse management "
                        "system allows a hoist to receive tasks and confirm completed "
                        "operations automatically.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Five years ago we were asked about cranes mainly by "
                            "manufacturers. Today every third enquiry for hoists comes "
                            "from a logistics company."
                        ),
                        "author": "Kirill Nikitin, Head of Sales, Uralkran Engineering",
                    },
                ),
                (
                    "image",
                    {
                        "image": "warehouse",
                        "caption": (
                            "Suspended crane with an electric chain hoist in a "
                            "logistics park"
                        ),
                    },
                ),
            ],
        },
        "ru": {
            "title": "Автоматизация складов повышает спрос на тали и лёгкие краны",
            "lead": (
                "Логистические операторы всё чаще оснащают склады монорельсовыми "
                "талями и лёгкими крановыми системами для работы с тяжёлыми и "
                "негабаритными грузами."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Большинство современных складов проектируется под "
                        "погрузчики и стеллажи, однако растущая доля грузов — рулоны "
                        "металла, двигатели, трубы, оборудование в ящиках — для них "
                        "слишком тяжела или неудобна. Поэтому операторы логистических "
                        "парков на Урале и в Сибири дооснащают здания подвесными "
                        "кранами и монорельсовыми талями. Такие системы освобождают "
                        "площадь пола и снижают риск повреждения грузов при "
                        "перемещении.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Особенно высок спрос на лёгкие крановые системы со "
                        "стальными или алюминиевыми профильными путями, которые "
                        "крепятся к конструкциям кровли типового склада. "
                        "Грузоподъёмность от 0,5 до 5 тонн закрывает большинство "
                        "задач, а для монтажа не нужны отдельные колонны. Интеграция с "
                        "системой управления складом позволяет тали автоматически "
                        "получать задания и подтверждать выполненные операции.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Пять лет назад о кранах нас спрашивали в основном "
                            "производственники. Сегодня каждый третий запрос на тали "
                            "приходит от логистических компаний."
                        ),
                        "author": (
                            "Кирилл Никитин, руководитель отдела продаж «Уралкран "
                            "Инжиниринг»"
                        ),
                    },
                ),
                (
                    "image",
                    {
                        "image": "warehouse",
                        "caption": (
                            "Подвесной кран с электрической цепной талью в "
                            "логистическом парке"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "crane-makers-expand-use-of-domestic-components",
        "topic": "industry-news",
        "days_ago": 161,
        "image": "gears",
        "tags": ["cranes", "market"],
        "author": {"en": "Sergey Petrov", "ru": "Сергей Петров"},
        "en": {
            "title": "Crane makers expand the use of domestic drives and gearboxes",
            "lead": (
                "Russian manufacturers of lifting equipment are increasing the share "
                "of locally produced components, from gearboxes to frequency "
                "converters."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Over the past few years, crane builders have had to "
                        "rebuild supply chains for key components. Gearboxes, brakes, "
                        "wheel blocks and crane motors are now largely sourced from "
                        "Russian plants, and several domestic manufacturers have "
                        "launched series production of frequency converters for crane "
                        "duty. Control systems and sensors remain the area most "
                        "dependent on imports.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Component", "Estimated share of domestic supply"],
                        "rows": [
                            ["Steel structures", "~100%"],
                            ["Crane motors", "80–90%"],
                            ["Gearboxes and brakes", "70–80%"],
                            ["Frequency converters", "40–50%"],
                            ["Sensors and controllers", "25–35%"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Manufacturers note that the quality of domestic components "
                        "has improved, but lead times and consistency from batch to "
                        "batch still require careful supplier management. Many crane "
                        "builders have introduced incoming inspection and bench "
                        "testing of drives before installation. Industry participants "
                        "expect the localisation of control electronics to be the main "
                        "challenge of the coming years.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": (
                "Производители кранов расширяют применение отечественных приводов и "
                "редукторов"
            ),
            "lead": (
                "Российские производители грузоподъёмного оборудования наращивают долю "
                "комплектующих местного производства — от редукторов до "
                "преобразователей частоты."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>За последние несколько лет краностроителям пришлось "
                        "перестроить цепочки поставок ключевых комплектующих. "
                        "Редукторы, тормоза, колёсные блоки и крановые двигатели "
                        "теперь в основном поставляют российские заводы, а несколько "
                        "отечественных производителей запустили серийный выпуск "
                        "преобразователей частоты для крановых применений. Наиболее "
                        "зависимыми от импорта остаются системы управления и "
                        "датчики.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Комплектующие",
                            "Оценочная доля отечественных поставок",
                        ],
                        "rows": [
                            ["Металлоконструкции", "~100%"],
                            ["Крановые двигатели", "80–90%"],
                            ["Редукторы и тормоза", "70–80%"],
                            ["Преобразователи частоты", "40–50%"],
                            ["Датчики и контроллеры", "25–35%"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Производители отмечают, что качество отечественных "
                        "комплектующих выросло, однако сроки поставки и стабильность "
                        "от партии к партии по-прежнему требуют внимательной работы с "
                        "поставщиками. Многие краностроители ввели входной контроль и "
                        "стендовые испытания приводов перед монтажом. Главной задачей "
                        "ближайших лет участники отрасли называют локализацию "
                        "управляющей электроники.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "plants-count-savings-of-regenerative-crane-drives",
        "topic": "industry-news",
        "days_ago": 201,
        "image": "factory",
        "tags": ["energy", "automation"],
        "author": {"en": "Igor Belov", "ru": "Игорь Белов"},
        "en": {
            "title": "Plants count the energy savings of regenerative crane drives",
            "lead": (
                "Energy audits at industrial sites show that modern crane drives with "
                "energy recovery can cut the electricity consumption of cranes by a "
                "quarter or more."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Cranes are rarely seen as major energy consumers, yet a "
                        "heavy overhead crane working in three shifts can use as much "
                        "electricity per year as a small workshop. Energy audits at "
                        "several Ural plants found that cranes with old "
                        "rotor-resistance control lose a significant share of energy "
                        "as heat in the resistors. Replacing this control with "
                        "frequency converters reduced consumption by 25–35 percent.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Further savings come from regenerative units that return "
                        "braking energy to the plant grid instead of dissipating it. "
                        "This works best for cranes that frequently lower heavy loads, "
                        "for example in finished product warehouses at rolling mills. "
                        "At current electricity tariffs, the payback period for such "
                        "upgrades is typically three to five years.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "When we started metering the cranes separately, the "
                            "figures surprised us. The drive upgrade paid for itself "
                            "faster than we had expected."
                        ),
                        "author": (
                            "Chief power engineer of a machine-building plant in Perm"
                        ),
                    },
                ),
            ],
        },
        "ru": {
            "title": "Заводы подсчитывают экономию от рекуперативных крановых приводов",
            "lead": (
                "Энергоаудит промышленных площадок показывает: современные крановые "
                "приводы с рекуперацией энергии снижают энергопотребление кранов на "
                "четверть и более."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Краны редко считают крупными потребителями электроэнергии, "
                        "однако тяжёлый мостовой кран, работающий в три смены, может "
                        "потреблять за год столько же, сколько небольшой цех. "
                        "Энергоаудит на нескольких уральских заводах показал, что "
                        "краны со старыми системами резисторного управления в цепи "
                        "ротора теряют значительную часть энергии в виде тепла на "
                        "сопротивлениях. Замена такого управления частотными "
                        "преобразователями снизила потребление на 25–35 процентов.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Дополнительную экономию дают блоки рекуперации, которые "
                        "возвращают энергию торможения в сеть предприятия, а не "
                        "рассеивают её. Лучше всего это работает на кранах, которые "
                        "часто опускают тяжёлые грузы, — например, на складах готовой "
                        "продукции прокатных цехов. При нынешних тарифах срок "
                        "окупаемости такой модернизации обычно составляет от трёх до "
                        "пяти лет.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Когда мы начали вести отдельный учёт электроэнергии по "
                            "кранам, цифры нас удивили. Замена приводов окупилась "
                            "быстрее, чем мы рассчитывали."
                        ),
                        "author": (
                            "Главный энергетик машиностроительного завода в Перми"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "industry-faces-shortage-of-crane-operators",
        "topic": "industry-news",
        "days_ago": 241,
        "image": "team",
        "tags": ["people", "safety"],
        "author": {"en": "Maria Sokolova", "ru": "Мария Соколова"},
        "en": {
            "title": "Industry faces a shortage of crane operators and slingers",
            "lead": (
                "Plants and ports report growing difficulty in hiring qualified crane "
                "personnel, and training centres are expanding their programmes."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Employers in the Urals estimate that vacancies for crane "
                        "operators and slingers now take two to three times longer to "
                        "fill than five years ago. The average age of experienced "
                        "operators at large plants exceeds 45, and fewer young people "
                        "choose these professions. The problem is most acute for "
                        "cab-operated cranes in hot shops, which require long "
                        "practical training.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Training centres are responding with shorter modular "
                        "courses, simulators and joint programmes with employers. "
                        "Several plants now pay for the training of their own "
                        "employees from other professions and guarantee them jobs "
                        "after certification. Manufacturers, in turn, are making "
                        "cranes easier to operate: radio control, positioning aids and "
                        "anti-sway systems lower the skill threshold for routine "
                        "operations.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Measures most often taken by employers:</p><ul><li>paid "
                        "training with a job guarantee</li><li>mentoring by "
                        "experienced operators</li><li>simulators for initial "
                        "training</li><li>higher pay grades for combining the crane "
                        "operator and slinger qualifications</li></ul>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Отрасль испытывает нехватку крановщиков и стропальщиков",
            "lead": (
                "Заводы и порты сообщают о растущих трудностях с наймом "
                "квалифицированного кранового персонала, а учебные центры расширяют "
                "программы подготовки."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>По оценкам уральских работодателей, вакансии машинистов "
                        "кранов и стропальщиков сегодня закрываются в два-три раза "
                        "дольше, чем пять лет назад. Средний возраст опытных "
                        "крановщиков на крупных заводах превышает 45 лет, а молодёжь "
                        "всё реже выбирает эти профессии. Острее всего проблема стоит "
                        "для кранов с управлением из кабины в горячих цехах, где нужна "
                        "длительная практическая подготовка.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Учебные центры отвечают сокращёнными модульными курсами, "
                        "тренажёрами и совместными программами с работодателями. Ряд "
                        "заводов оплачивает обучение собственных сотрудников других "
                        "профессий и гарантирует им рабочее место после аттестации. "
                        "Производители, в свою очередь, упрощают управление кранами: "
                        "радиоуправление, системы позиционирования и подавления "
                        "раскачивания снижают требования к квалификации для рутинных "
                        "операций.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Меры, к которым чаще всего прибегают "
                        "работодатели:</p><ul><li>оплачиваемое обучение с гарантией "
                        "трудоустройства</li><li>наставничество опытных "
                        "крановщиков</li><li>тренажёры для начальной "
                        "подготовки</li><li>повышенные разряды при совмещении "
                        "профессий машиниста крана и стропальщика</li></ul>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "river-ports-invest-in-handling-equipment",
        "topic": "industry-news",
        "days_ago": 281,
        "image": "port",
        "tags": ["ports", "logistics"],
        "author": {"en": "Anna Smirnova", "ru": "Анна Смирнова"},
        "en": {
            "title": "River ports on the Kama and Volga invest in handling equipment",
            "lead": (
                "Operators of inland river ports are replacing outdated portal cranes "
                "and adding gantry cranes to handle growing volumes of construction "
                "cargo."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The navigation season on the Kama and Volga lasts around "
                        "seven months, so river ports have to handle their annual "
                        "volume in a compressed period. Many of them still rely on "
                        "portal cranes built in the 1970s and 1980s, whose technical "
                        "availability rarely exceeds 80 percent. Port operators are "
                        "now investing in new equipment to avoid downtime during the "
                        "peak months.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The most common choice is gantry cranes with capacities of "
                        "20–32 tonnes and grabs for sand, crushed stone and scrap "
                        "metal. Such cranes are cheaper than portal cranes, can be "
                        "installed on existing rail tracks after reconstruction and "
                        "are easier to maintain. Several ports are also building "
                        "covered warehouses with overhead cranes to handle metal "
                        "products in any weather.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "For a river port, every day of the navigation season "
                            "matters. A crane that breaks down in July costs the port "
                            "more than the crane itself."
                        ),
                        "author": (
                            "Sergei Antonov, technical director of a river port on the "
                            "Kama"
                        ),
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "Речные порты на Каме и Волге вкладываются в перегрузочную технику"
            ),
            "lead": (
                "Операторы речных портов заменяют устаревшие портальные краны и "
                "устанавливают козловые краны, чтобы справиться с растущими объёмами "
                "строительных грузов."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Навигация на Каме и Волге длится около семи месяцев, "
                        "поэтому речным портам приходится перерабатывать годовой объём "
                        "грузов в сжатые сроки. Многие из них до сих пор работают на "
                        "портальных кранах 1970–1980-х годов, коэффициент технической "
                        "готовности которых редко превышает 80 процентов. Теперь "
                        "операторы портов вкладываются в новую технику, чтобы избежать "
                        "простоев в пиковые месяцы.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Чаще всего выбирают козловые краны грузоподъёмностью 20–32 "
                        "тонны с грейферами для песка, щебня и металлолома. Такие "
                        "краны дешевле портальных, их можно установить на существующие "
                        "рельсовые пути после реконструкции, и они проще в "
                        "обслуживании. Несколько портов также строят крытые склады с "
                        "мостовыми кранами, чтобы работать с металлопродукцией в любую "
                        "погоду.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Для речного порта важен каждый день навигации. Кран, "
                            "который сломался в июле, обходится порту дороже, чем сам "
                            "кран."
                        ),
                        "author": (
                            "Сергей Антонов, технический директор речного порта на Каме"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "rolled-steel-prices-and-crane-costs",
        "topic": "industry-news",
        "days_ago": 321,
        "image": "steel",
        "tags": ["steel", "market"],
        "author": {"en": "Dmitry Volkov", "ru": "Дмитрий Волков"},
        "en": {
            "title": "Rolled steel prices and their impact on crane costs",
            "lead": (
                "Steel accounts for up to a third of the cost of a heavy overhead "
                "crane, so price swings in the rolled products market quickly show up "
                "in equipment quotes."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>For double-girder cranes of medium and heavy capacity, "
                        "structural steel, mainly plate and beams for the main girders "
                        "and end carriages, makes up 25–35 percent of the production "
                        "cost. Mechanical and electrical components account for most "
                        "of the remainder. When steel prices change by 10 percent, the "
                        "price of a crane typically changes by 3–4 percent.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Manufacturers try to shield customers from short-term "
                        "fluctuations by fixing prices for the validity period of a "
                        "quote and buying steel in advance for confirmed orders. In "
                        "large contracts, price adjustment clauses linked to published "
                        "steel price indices are becoming common. Customers planning "
                        "major purchases are advised to confirm orders early and agree "
                        "on steel grades and plate thicknesses at the design stage.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Cost item", "Share of crane cost, %"],
                        "rows": [
                            ["Steel structures", "25–35"],
                            ["Drives, gearboxes, brakes", "20–25"],
                            ["Electrical equipment and controls", "15–20"],
                            ["Labour and overheads", "15–20"],
                            ["Testing, painting, logistics", "5–10"],
                        ],
                    },
                ),
            ],
        },
        "ru": {
            "title": "Цены на прокат и их влияние на стоимость кранов",
            "lead": (
                "Металл составляет до трети себестоимости тяжёлого мостового крана, "
                "поэтому колебания цен на рынке проката быстро отражаются в "
                "коммерческих предложениях."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Для двухбалочных кранов средней и большой грузоподъёмности "
                        "конструкционная сталь — в основном лист и балки для главных и "
                        "концевых балок — составляет 25–35 процентов себестоимости. "
                        "Большая часть остального приходится на механическое и "
                        "электрическое оборудование. При изменении цен на металл на 10 "
                        "процентов цена крана обычно меняется на 3–4 процента.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Производители стараются защитить заказчиков от "
                        "краткосрочных колебаний: фиксируют цены на срок действия "
                        "предложения и заранее закупают металл под подтверждённые "
                        "заказы. В крупных контрактах всё чаще используют условия о "
                        "корректировке цены с привязкой к публикуемым индексам цен на "
                        "прокат. Заказчикам, планирующим крупные закупки, стоит "
                        "подтверждать заказы заблаговременно и согласовывать марки "
                        "стали и толщины листа ещё на стадии проектирования.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Статья затрат", "Доля в стоимости крана, %"],
                        "rows": [
                            ["Металлоконструкции", "25–35"],
                            ["Приводы, редукторы, тормоза", "20–25"],
                            ["Электрооборудование и системы управления", "15–20"],
                            ["Оплата труда и накладные расходы", "15–20"],
                            ["Испытания, окраска, логистика", "5–10"],
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "uralkran-opens-service-centre-in-chelyabinsk",
        "topic": "company-news",
        "days_ago": 9,
        "image": "engineers",
        "tags": ["service"],
        "author": {"en": "Olga Morozova", "ru": "Ольга Морозова"},
        "en": {
            "title": "Uralkran Engineering opens a service centre in Chelyabinsk",
            "lead": (
                "The new regional centre will serve more than 120 cranes at customer "
                "sites in the Chelyabinsk region and cut emergency response times to "
                "four hours."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The service centre occupies a 600 m² building with a "
                        "workshop, a spare parts warehouse and offices. It employs 18 "
                        "engineers and technicians, including mobile teams with "
                        "service vehicles and equipment for work at height. The centre "
                        "will carry out scheduled maintenance, emergency repairs and "
                        "technical examinations of cranes and hoists.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Until now, customers in the Chelyabinsk region were served "
                        "from Yekaterinburg, which meant a drive of about three hours "
                        "for every call-out. With the new centre, the emergency "
                        "response time under premium contracts will be reduced to four "
                        "hours. The warehouse holds more than 1,500 spare part items "
                        "for the most common crane models.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Chelyabinsk is one of the largest industrial centres of "
                            "the Urals, and many of our customers are here. Having our "
                            "own base in the city was a logical step."
                        ),
                        "author": "Pavel Lebedev, Head of Service Division",
                    },
                ),
                (
                    "image",
                    {
                        "image": "engineers",
                        "caption": "Service engineers at the new Chelyabinsk centre",
                    },
                ),
            ],
        },
        "ru": {
            "title": "«Уралкран Инжиниринг» открыл сервисный центр в Челябинске",
            "lead": (
                "Новый региональный центр будет обслуживать более 120 кранов на "
                "предприятиях Челябинской области и сократит время реагирования на "
                "аварийные вызовы до четырёх часов."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Сервисный центр занимает здание площадью 600 м² с "
                        "мастерской, складом запчастей и офисом. В нём работают 18 "
                        "инженеров и техников, в том числе мобильные бригады с "
                        "сервисными автомобилями и оснащением для работ на высоте. "
                        "Центр будет выполнять плановое техническое обслуживание, "
                        "аварийные ремонты и техническое освидетельствование кранов и "
                        "талей.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>До сих пор заказчиков в Челябинской области обслуживали из "
                        "Екатеринбурга, и на каждый выезд уходило около трёх часов "
                        "дороги. С открытием нового центра время реагирования на "
                        "аварийные вызовы по премиальным договорам сократится до "
                        "четырёх часов. На складе хранится более 1500 позиций "
                        "запчастей для самых распространённых моделей кранов.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Челябинск — один из крупнейших промышленных центров "
                            "Урала, и здесь работает много наших заказчиков. "
                            "Собственная база в городе стала логичным шагом."
                        ),
                        "author": (
                            "Павел Лебедев, руководитель сервисного подразделения"
                        ),
                    },
                ),
                (
                    "image",
                    {
                        "image": "engineers",
                        "caption": "Сервисные инженеры нового центра в Челябинске",
                    },
                ),
            ],
        },
    },
    {
        "slug": "new-assembly-bay-expands-production",
        "topic": "company-news",
        "days_ago": 49,
        "image": "factory",
        "tags": ["cranes", "steel"],
        "author": {"en": "Sergey Petrov", "ru": "Сергей Петров"},
        "en": {
            "title": "New assembly bay expands production capacity in Yekaterinburg",
            "lead": (
                "Uralkran Engineering has commissioned a 6,000 m² assembly bay where "
                "cranes with spans of up to 36 metres can be assembled and tested."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The new bay is 144 metres long and 42 metres wide and is "
                        "served by two overhead cranes of 50 and 20 tonnes built at "
                        "our own plant. It houses automated welding stations for box "
                        "girders, a shot blasting chamber and a stand for load-testing "
                        "cranes before shipment. With the new bay, the company's total "
                        "production area has reached 18,000 square metres.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The expansion increases annual output of double-girder "
                        "cranes by about 40 percent and shortens the production cycle "
                        "for large orders. Previously, cranes with spans over 28 "
                        "metres had to be assembled and tested at the customer's site. "
                        "Now they can be fully tested in Yekaterinburg, which reduces "
                        "installation time and risk.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Indicator", "Before", "After"],
                        "rows": [
                            ["Production area, m²", "12,000", "18,000"],
                            ["Maximum span for factory testing, m", "28", "36"],
                            ["Double-girder cranes per year", "60", "85"],
                        ],
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "Новый сборочный пролёт расширил производственные мощности в "
                "Екатеринбурге"
            ),
            "lead": (
                "«Уралкран Инжиниринг» ввёл в эксплуатацию сборочный пролёт площадью "
                "6000 м², где можно собирать и испытывать краны пролётом до 36 метров."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Новый пролёт длиной 144 метра и шириной 42 метра "
                        "обслуживают два мостовых крана грузоподъёмностью 50 и 20 тонн "
                        "собственного производства. Здесь размещены автоматизированные "
                        "посты сварки коробчатых балок, дробеструйная камера и стенд "
                        "для испытаний кранов под нагрузкой перед отгрузкой. С вводом "
                        "пролёта общая производственная площадь компании достигла 18 "
                        "000 квадратных метров.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Расширение увеличивает годовой выпуск двухбалочных кранов "
                        "примерно на 40 процентов и сокращает производственный цикл по "
                        "крупным заказам. Раньше краны пролётом более 28 метров "
                        "приходилось собирать и испытывать на площадке заказчика. "
                        "Теперь их можно полностью испытать в Екатеринбурге, что "
                        "сокращает сроки и риски монтажа.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Показатель", "До", "После"],
                        "rows": [
                            ["Производственная площадь, м²", "12 000", "18 000"],
                            [
                                "Максимальный пролёт для заводских испытаний, м",
                                "28",
                                "36",
                            ],
                            ["Двухбалочных кранов в год", "60", "85"],
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "new-hoist-range-at-ural-industrial-forum",
        "topic": "company-news",
        "days_ago": 89,
        "image": "conference",
        "tags": ["exhibitions", "hoists"],
        "author": {"en": "Elena Kuznetsova", "ru": "Елена Кузнецова"},
        "en": {
            "title": (
                "Uralkran Engineering presents a new hoist range at the Ural "
                "Industrial Forum"
            ),
            "lead": (
                "At the forum in Yekaterinburg, the company showed a new series of "
                "electric wire rope hoists and its remote crane monitoring system."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Visitors to our stand could see the new UKT series of "
                        "electric wire rope hoists with capacities from 2 to 12.5 "
                        "tonnes. The hoists feature frequency-controlled lifting and "
                        "travel, a compact design that gives extra hook height and a "
                        "built-in controller that records operating hours and load "
                        "cycles. Deliveries of the series will start next quarter.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The second exhibit was a live demonstration of our remote "
                        "monitoring system connected to cranes operating at customer "
                        "sites. Over the three days, more than 600 specialists visited "
                        "the stand, and our engineers held about 90 meetings with "
                        "chief mechanics and procurement managers of industrial "
                        "enterprises.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "conference",
                        "caption": (
                            "The Uralkran Engineering stand at the Ural Industrial "
                            "Forum"
                        ),
                    },
                ),
                (
                    "cta",
                    {
                        "title": "Missed the forum?",
                        "text": (
                            "Ask our specialists for a presentation of the new hoist "
                            "series and the monitoring system."
                        ),
                        "button_text": "Request a presentation",
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "«Уралкран Инжиниринг» представил новую линейку талей на Уральском "
                "промышленном форуме"
            ),
            "lead": (
                "На форуме в Екатеринбурге компания показала новую серию электрических "
                "канатных талей и систему удалённого мониторинга кранов."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Посетители стенда могли познакомиться с новой серией "
                        "электрических канатных талей УКТ грузоподъёмностью от 2 до "
                        "12,5 тонны. Тали оснащены частотным управлением подъёмом и "
                        "передвижением, имеют компактную конструкцию, которая даёт "
                        "дополнительную высоту подъёма крюка, и встроенный контроллер, "
                        "фиксирующий наработку и циклы нагружения. Поставки серии "
                        "начнутся в следующем квартале.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Вторым экспонатом стала демонстрация в реальном времени "
                        "системы удалённого мониторинга, подключённой к кранам на "
                        "предприятиях заказчиков. За три дня стенд посетили более 600 "
                        "специалистов, а наши инженеры провели около 90 встреч с "
                        "главными механиками и руководителями служб закупок "
                        "промышленных предприятий.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "conference",
                        "caption": (
                            "Стенд «Уралкран Инжиниринг» на Уральском промышленном "
                            "форуме"
                        ),
                    },
                ),
                (
                    "cta",
                    {
                        "title": "Не успели на форум?",
                        "text": (
                            "Попросите наших специалистов провести презентацию новой "
                            "серии талей и системы мониторинга."
                        ),
                        "button_text": "Запросить презентацию",
                    },
                ),
            ],
        },
    },
    {
        "slug": "five-overhead-cranes-for-izumrud-steel-plant",
        "topic": "company-news",
        "days_ago": 129,
        "image": "crane",
        "tags": ["cranes", "metallurgy"],
        "author": {"en": "Igor Belov", "ru": "Игорь Белов"},
        "en": {
            "title": (
                "Contract signed for five overhead cranes for the Izumrud steel plant"
            ),
            "lead": (
                "Uralkran Engineering will design, manufacture and install five "
                "overhead cranes for the new rolling mill of the Izumrud metallurgical "
                "plant."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The contract covers two 50/12.5-tonne double-girder cranes "
                        "for the roll shop, two 32-tonne cranes with rotating magnet "
                        "beams for the finished products warehouse and one 20-tonne "
                        "crane for the mill's maintenance bay. All cranes are designed "
                        "for duty group A7, that is, for continuous operation in three "
                        "shifts. Delivery is scheduled in two stages over ten "
                        "months.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The magnet-beam cranes will handle bundles of bars and "
                        "long products up to 12 metres in length. They will be "
                        "equipped with anti-sway and semi-automatic positioning "
                        "systems, allowing the warehouse to track the location of "
                        "every bundle. The project also includes integrating the "
                        "cranes into the plant's production management system.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "It was important for us that the supplier takes "
                            "responsibility for the full cycle, from design to "
                            "commissioning and service. Uralkran offered exactly that."
                        ),
                        "author": (
                            "Mikhail Sorokin, chief mechanic of the Izumrud "
                            "metallurgical plant"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "header": ["Crane", "Capacity, t", "Span, m", "Quantity"],
                        "rows": [
                            ["Roll shop crane", "50/12.5", "28.5", "2"],
                            ["Magnet-beam crane", "32", "31.5", "2"],
                            ["Maintenance bay crane", "20", "22.5", "1"],
                        ],
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "Подписан контракт на пять мостовых кранов для металлургического "
                "завода «Изумруд»"
            ),
            "lead": (
                "«Уралкран Инжиниринг» спроектирует, изготовит и смонтирует пять "
                "мостовых кранов для нового прокатного стана металлургического завода "
                "«Изумруд»."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Контракт предусматривает поставку двух двухбалочных кранов "
                        "грузоподъёмностью 50/12,5 тонны для вальцетокарной "
                        "мастерской, двух 32-тонных кранов с поворотными магнитными "
                        "траверсами для склада готовой продукции и одного 20-тонного "
                        "крана для ремонтного пролёта стана. Все краны рассчитаны на "
                        "группу классификации A7, то есть на непрерывную работу в три "
                        "смены. Поставка пройдёт в два этапа в течение десяти "
                        "месяцев.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Краны с магнитными траверсами будут перемещать пакеты "
                        "сортового и длинномерного проката длиной до 12 метров. Они "
                        "получат системы подавления раскачивания и полуавтоматического "
                        "позиционирования, благодаря чему склад сможет отслеживать "
                        "местоположение каждого пакета. Проект также включает "
                        "интеграцию кранов в систему управления производством "
                        "завода.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Нам было важно, чтобы поставщик отвечал за весь цикл — от "
                            "проектирования до пусконаладки и сервиса. «Уралкран» "
                            "предложил именно это."
                        ),
                        "author": (
                            "Михаил Сорокин, главный механик металлургического завода "
                            "«Изумруд»"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "header": [
                            "Кран",
                            "Грузоподъёмность, т",
                            "Пролёт, м",
                            "Количество",
                        ],
                        "rows": [
                            ["Кран вальцетокарной мастерской", "50/12,5", "28,5", "2"],
                            ["Кран с магнитной траверсой", "32", "31,5", "2"],
                            ["Кран ремонтного пролёта", "20", "22,5", "1"],
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "pavel-lebedev-appointed-head-of-service",
        "topic": "company-news",
        "days_ago": 169,
        "image": "team",
        "tags": ["people", "service"],
        "author": {"en": "Maria Sokolova", "ru": "Мария Соколова"},
        "en": {
            "title": "Pavel Lebedev appointed Head of the Service Division",
            "lead": (
                "Pavel Lebedev, who has worked at Uralkran Engineering for 12 years, "
                "will lead the company's service division and its regional centres."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Pavel Lebedev holds a degree in lifting, transport and "
                        "construction machinery and joined the company as an "
                        "installation engineer. Over the years he has supervised the "
                        "installation of more than 150 cranes, including the company's "
                        "largest projects for metallurgical plants. For the past four "
                        "years he has headed the installation division.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>In his new role, he will be responsible for maintenance "
                        "contracts, emergency repairs and technical examinations, as "
                        "well as for developing the regional service network. His "
                        "priorities include expanding remote monitoring and reducing "
                        "response times for customers outside Yekaterinburg.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Service is where customers see what our promises are "
                            "worth. I want every customer to be sure that a crane will "
                            "be repaired quickly and that we will warn them about "
                            "problems before they occur."
                        ),
                        "author": "Pavel Lebedev",
                    },
                ),
            ],
        },
        "ru": {
            "title": "Руководителем сервисного подразделения назначен Павел Лебедев",
            "lead": (
                "Сервисное подразделение компании и её региональные центры возглавил "
                "Павел Лебедев, который работает в «Уралкран Инжиниринг» 12 лет."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Павел Лебедев — инженер по подъёмно-транспортным и "
                        "строительным машинам, пришёл в компанию "
                        "инженером-монтажником. За эти годы он руководил монтажом "
                        "более 150 кранов, включая крупнейшие проекты компании для "
                        "металлургических предприятий. Последние четыре года он "
                        "возглавлял монтажное подразделение.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>На новой должности он будет отвечать за договоры на "
                        "техническое обслуживание, аварийные ремонты и техническое "
                        "освидетельствование, а также за развитие региональной "
                        "сервисной сети. Среди его приоритетов — расширение удалённого "
                        "мониторинга и сокращение времени реагирования для заказчиков "
                        "за пределами Екатеринбурга.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Именно в сервисе заказчик видит, чего стоят наши "
                            "обещания. Я хочу, чтобы каждый клиент был уверен: кран "
                            "отремонтируют быстро, а о проблемах предупредят до того, "
                            "как они возникнут."
                        ),
                        "author": "Павел Лебедев",
                    },
                ),
            ],
        },
    },
    {
        "slug": "paid-internship-programme-for-students",
        "topic": "company-news",
        "days_ago": 209,
        "image": "engineers",
        "tags": ["people"],
        "author": {"en": "Anna Smirnova", "ru": "Анна Смирнова"},
        "en": {
            "title": (
                "Uralkran Engineering launches a paid internship programme for students"
            ),
            "lead": (
                "Twenty students from Yekaterinburg technical universities will spend "
                "two months working in the design bureau, production shops and "
                "installation teams."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The programme is open to third- and fourth-year students "
                        "of mechanical engineering, welding, electric drives and "
                        "automation. Each intern is assigned a mentor from among the "
                        "company's leading specialists and works on a real project, "
                        "from calculating a crane girder to commissioning a control "
                        "cabinet. Interns receive a salary and compensation for travel "
                        "to the plant.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>At the end of the programme, students present their "
                        "projects to a panel of chief specialists. The best interns "
                        "receive job offers that allow them to combine work and study. "
                        "Over the past three years, eleven participants of the pilot "
                        "programme have joined the company full-time.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Internship tracks:</p><ul><li>crane design and strength "
                        "calculations</li><li>welding and production "
                        "technology</li><li>electric drives and "
                        "automation</li><li>installation and commissioning</li></ul>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": (
                "«Уралкран Инжиниринг» запускает программу оплачиваемых стажировок для "
                "студентов"
            ),
            "lead": (
                "Двадцать студентов технических вузов Екатеринбурга в течение двух "
                "месяцев будут работать в конструкторском бюро, производственных цехах "
                "и монтажных бригадах."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Программа открыта для студентов третьего-четвёртого "
                        "курсов, обучающихся по направлениям «машиностроение», "
                        "«сварочное производство», «электропривод и автоматика». За "
                        "каждым стажёром закрепляется наставник из числа ведущих "
                        "специалистов компании, и он работает над реальным проектом — "
                        "от расчёта главной балки крана до пусконаладки шкафа "
                        "управления. Стажёры получают зарплату и компенсацию проезда "
                        "до завода.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>По итогам программы студенты защищают проекты перед "
                        "комиссией главных специалистов. Лучшие стажёры получают "
                        "предложение о работе с возможностью совмещать её с учёбой. За "
                        "последние три года одиннадцать участников пилотной программы "
                        "перешли в компанию на постоянную работу.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Направления стажировки:</p><ul><li>проектирование кранов и "
                        "прочностные расчёты</li><li>сварка и технология "
                        "производства</li><li>электропривод и "
                        "автоматизация</li><li>монтаж и пусконаладка</li></ul>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "online-portal-for-service-requests",
        "topic": "company-news",
        "days_ago": 249,
        "image": "chart",
        "tags": ["digital", "service"],
        "author": {"en": "Dmitry Volkov", "ru": "Дмитрий Волков"},
        "en": {
            "title": (
                "Customers can now submit service requests through an online portal"
            ),
            "lead": (
                "Uralkran Engineering has launched a customer portal where clients can "
                "log service requests, track repairs and access the documentation for "
                "their cranes."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Each crane registered in the portal has a digital passport "
                        "with technical data, drawings, test reports and the full "
                        "history of maintenance and repairs. Customers can submit "
                        "requests around the clock, attach photos and videos of a "
                        "malfunction and follow the status of the work in real time. "
                        "Dispatchers receive requests instantly and assign the nearest "
                        "available team.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The portal also sends reminders about upcoming inspections "
                        "and technical examinations required by industrial safety "
                        "rules. For cranes equipped with remote monitoring, it "
                        "displays operating hours, the load spectrum and error logs. "
                        "During the pilot phase, more than 60 customers with about 300 "
                        "cranes have already connected to the portal.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Portal features:</p><ul><li>service requests with photo "
                        "and video attachments</li><li>digital crane passports and "
                        "documentation</li><li>an inspection and examination "
                        "calendar</li><li>reports on completed work and spare parts "
                        "used</li></ul>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Заявки на сервис теперь можно подавать через онлайн-портал",
            "lead": (
                "«Уралкран Инжиниринг» запустил клиентский портал, где заказчики могут "
                "оформлять заявки на обслуживание, следить за ходом ремонта и получать "
                "документацию на свои краны."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Для каждого крана, зарегистрированного на портале, ведётся "
                        "цифровой паспорт с техническими данными, чертежами, "
                        "протоколами испытаний и полной историей обслуживания и "
                        "ремонтов. Заказчики могут круглосуточно подавать заявки, "
                        "прикладывать фото и видео неисправности и в реальном времени "
                        "следить за статусом работ. Диспетчеры мгновенно получают "
                        "заявки и назначают ближайшую свободную бригаду.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Портал также напоминает о предстоящих осмотрах и "
                        "технических освидетельствованиях, обязательных по правилам "
                        "промышленной безопасности. Для кранов с удалённым "
                        "мониторингом он показывает наработку, спектр нагружения и "
                        "журнал ошибок. На этапе пилотной эксплуатации к порталу уже "
                        "подключились более 60 заказчиков, у которых работает около "
                        "300 кранов.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Возможности портала:</p><ul><li>заявки на обслуживание с "
                        "фото и видео</li><li>цифровые паспорта кранов и "
                        "документация</li><li>календарь осмотров и "
                        "освидетельствований</li><li>отчёты о выполненных работах и "
                        "использованных запчастях</li></ul>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "suspended-cranes-for-istok-logistics-park",
        "topic": "company-news",
        "days_ago": 289,
        "image": "warehouse",
        "tags": ["logistics", "cranes"],
        "author": {"en": "Olga Morozova", "ru": "Ольга Морозова"},
        "en": {
            "title": "Twelve suspended cranes delivered to the Istok logistics park",
            "lead": (
                "Uralkran Engineering has completed the installation of twelve "
                "suspended cranes in the new warehouse complex of the Istok logistics "
                "park near Yekaterinburg."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The cranes, with capacities of 3.2 and 5 tonnes and spans "
                        "of 12 to 18 metres, are suspended from the roof structure of "
                        "two warehouse buildings with a total area of 24,000 square "
                        "metres. They handle metal products, cable drums and "
                        "industrial equipment stored by the park's tenants. All cranes "
                        "are radio-controlled and fitted with frequency drives for "
                        "smooth positioning.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The main challenge of the project was the limited "
                        "load-bearing capacity of the roof. Our designers agreed the "
                        "crane loads with the building designer at an early stage and "
                        "used lightweight girders that reduced the load on the "
                        "structure by 15 percent. Installation took six weeks and was "
                        "carried out without interrupting the park's operations.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We needed cranes that would not take up floor space and "
                            "could be installed in a building that was already in use. "
                            "The result fully met our expectations."
                        ),
                        "author": (
                            "Anton Kireev, technical director of the Istok logistics "
                            "park"
                        ),
                    },
                ),
                (
                    "image",
                    {
                        "image": "warehouse",
                        "caption": (
                            "Suspended cranes in a warehouse of the Istok logistics "
                            "park"
                        ),
                    },
                ),
            ],
        },
        "ru": {
            "title": "Двенадцать подвесных кранов поставлены в логопарк «Исток»",
            "lead": (
                "«Уралкран Инжиниринг» завершил монтаж двенадцати подвесных кранов на "
                "новом складском комплексе логистического парка «Исток» под "
                "Екатеринбургом."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Краны грузоподъёмностью 3,2 и 5 тонн с пролётами от 12 до "
                        "18 метров подвешены к конструкциям кровли двух складских "
                        "корпусов общей площадью 24 000 квадратных метров. Они "
                        "перемещают металлопродукцию, кабельные барабаны и "
                        "промышленное оборудование, которое хранят арендаторы парка. "
                        "Все краны управляются по радио и оснащены частотными "
                        "приводами для плавного позиционирования.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Главной сложностью проекта стала ограниченная несущая "
                        "способность кровли. Наши конструкторы на раннем этапе "
                        "согласовали крановые нагрузки с проектировщиком здания и "
                        "применили облегчённые балки, снизившие нагрузку на "
                        "конструкции на 15 процентов. Монтаж занял шесть недель и "
                        "прошёл без остановки работы парка.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Нам были нужны краны, которые не занимают площадь пола и "
                            "которые можно смонтировать в уже работающем здании. "
                            "Результат полностью оправдал наши ожидания."
                        ),
                        "author": (
                            "Антон Киреев, технический директор логопарка «Исток»"
                        ),
                    },
                ),
                (
                    "image",
                    {
                        "image": "warehouse",
                        "caption": "Подвесные краны на складе логопарка «Исток»",
                    },
                ),
            ],
        },
    },
    {
        "slug": "support-for-school-engineering-olympiad",
        "topic": "company-news",
        "days_ago": 329,
        "image": "team",
        "tags": ["people"],
        "author": {"en": "Elena Kuznetsova", "ru": "Елена Кузнецова"},
        "en": {
            "title": (
                "Uralkran Engineering supports a regional engineering olympiad for "
                "schoolchildren"
            ),
            "lead": (
                "The company has become a partner of the regional engineering olympiad "
                "and prepared a special task on designing a lifting mechanism."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>More than 300 high school students from the Sverdlovsk "
                        "region took part in the olympiad. In the Uralkran Engineering "
                        "track, teams had to design and build a working model of a "
                        "hoisting mechanism able to lift a one-kilogram load with the "
                        "lowest possible motor power. Our engineers assessed the "
                        "solutions for accuracy of calculations, reliability and "
                        "originality of design.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The winners received prizes and an invitation to tour the "
                        "company's production site, where they saw how real cranes are "
                        "welded, assembled and tested. We believe that interest in "
                        "engineering professions should be nurtured long before "
                        "university, and we plan to continue supporting school "
                        "technical competitions.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Several teams came up with solutions our own designers "
                            "would be proud of. It is encouraging to see so many young "
                            "people who enjoy both calculating and building."
                        ),
                        "author": "Igor Belov, chief designer, Uralkran Engineering",
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "«Уралкран Инжиниринг» поддержал региональную инженерную олимпиаду "
                "школьников"
            ),
            "lead": (
                "Компания стала партнёром региональной инженерной олимпиады и "
                "подготовила специальное задание по проектированию грузоподъёмного "
                "механизма."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>В олимпиаде приняли участие более 300 старшеклассников "
                        "Свердловской области. В направлении «Уралкран Инжиниринг» "
                        "командам нужно было спроектировать и собрать действующую "
                        "модель механизма подъёма, способную поднять груз массой один "
                        "килограмм при минимальной мощности двигателя. Наши инженеры "
                        "оценивали решения по точности расчётов, надёжности и "
                        "оригинальности конструкции.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Победители получили призы и приглашение на экскурсию по "
                        "производству компании, где увидели, как сваривают, собирают и "
                        "испытывают настоящие краны. Мы убеждены, что интерес к "
                        "инженерным профессиям нужно развивать задолго до вуза, и "
                        "планируем и дальше поддерживать школьные технические "
                        "соревнования.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Несколько команд предложили решения, которыми гордились "
                            "бы и наши конструкторы. Радует, что так много молодых "
                            "людей, которым нравится и считать, и мастерить."
                        ),
                        "author": (
                            "Игорь Белов, главный конструктор «Уралкран Инжиниринг»"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "anti-sway-control-for-overhead-cranes",
        "topic": "technologies",
        "days_ago": 17,
        "image": "crane",
        "tags": ["automation", "cranes"],
        "author": {"en": "Igor Belov", "ru": "Игорь Белов"},
        "en": {
            "title": "How anti-sway systems make overhead cranes faster and safer",
            "lead": (
                "Electronic anti-sway control reduces load swing by up to 90 percent "
                "and shortens handling cycles without any additional mechanical parts."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>When a crane accelerates or brakes, the load on the ropes "
                        "behaves like a pendulum. An experienced operator compensates "
                        "for this by gently catching the load, but this takes time and "
                        "depends heavily on skill. Anti-sway systems do the same "
                        "automatically: the drive controller calculates the pendulum "
                        "motion from the rope length and adjusts the acceleration "
                        "profile of the bridge and trolley.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Modern systems use either a mathematical model of the "
                        "pendulum or direct measurement of the rope angle with a "
                        "sensor. The first option is cheaper and works well for most "
                        "workshop cranes, while the second is preferred for cranes "
                        "with variable rope length or strong external disturbances "
                        "such as wind. In both cases the operator retains full control "
                        "and can switch the function off.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Indicator", "Without anti-sway", "With anti-sway"],
                        "rows": [
                            [
                                "Residual swing after stopping",
                                "0.5–1.0 m",
                                "under 0.1 m",
                            ],
                            ["Time to position a load", "60–90 s", "35–50 s"],
                            [
                                "Collisions with racks and equipment",
                                "Occasional",
                                "Practically eliminated",
                            ],
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "On one of our warehouse cranes, the average cycle time "
                            "dropped by a quarter after anti-sway was enabled. The "
                            "operators were sceptical at first, but now they don't "
                            "want to work without it."
                        ),
                        "author": "Vadim Yakovlev, head of the automation department",
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "Как системы подавления раскачивания делают мостовые краны быстрее и "
                "безопаснее"
            ),
            "lead": (
                "Электронная система подавления раскачивания уменьшает колебания груза "
                "до 90 процентов и сокращает время цикла — без дополнительных "
                "механических узлов."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>При разгоне и торможении крана груз на канатах ведёт себя "
                        "как маятник. Опытный крановщик компенсирует это, мягко «ловя» "
                        "груз, но на это уходит время, и результат сильно зависит от "
                        "квалификации. Системы подавления раскачивания делают то же "
                        "самое автоматически: контроллер привода рассчитывает движение "
                        "маятника по длине каната и корректирует профиль разгона моста "
                        "и тележки.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Современные системы используют либо математическую модель "
                        "маятника, либо прямое измерение угла отклонения каната "
                        "датчиком. Первый вариант дешевле и хорошо подходит для "
                        "большинства цеховых кранов, второй предпочтителен для кранов "
                        "с переменной длиной подвеса или сильными внешними "
                        "воздействиями, например ветром. В обоих случаях крановщик "
                        "сохраняет полный контроль и может отключить функцию.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Показатель",
                            "Без подавления раскачивания",
                            "С подавлением раскачивания",
                        ],
                        "rows": [
                            [
                                "Остаточное раскачивание после остановки",
                                "0,5–1,0 м",
                                "менее 0,1 м",
                            ],
                            ["Время позиционирования груза", "60–90 с", "35–50 с"],
                            [
                                "Столкновения со стеллажами и оборудованием",
                                "Случаются",
                                "Практически исключены",
                            ],
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "На одном из складских кранов среднее время цикла после "
                            "включения подавления раскачивания сократилось на "
                            "четверть. Сначала крановщики отнеслись к этому "
                            "скептически, а теперь не хотят работать без этой функции."
                        ),
                        "author": "Вадим Яковлев, руководитель отдела автоматизации",
                    },
                ),
            ],
        },
    },
    {
        "slug": "remote-condition-monitoring-of-cranes",
        "topic": "technologies",
        "days_ago": 57,
        "image": "chart",
        "tags": ["digital", "service"],
        "author": {"en": "Sergey Petrov", "ru": "Сергей Петров"},
        "en": {
            "title": "Remote condition monitoring: what crane data really tells you",
            "lead": (
                "Sensors and controllers on a crane collect thousands of values per "
                "shift. We explain which of them help to predict failures and plan "
                "maintenance."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>A typical remote monitoring system records motor currents, "
                        "operating hours, the number of starts, the weight of each "
                        "lifted load and any errors from the frequency converters. The "
                        "data is transmitted over a mobile network or the plant "
                        "network to a server, where it is analysed and presented as "
                        "reports. The value lies not in the volume of data but in a "
                        "few indicators that show how fast the crane's service life is "
                        "being used up.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The most useful indicators are:</p><ul><li>the load "
                        "spectrum, the actual distribution of lifted loads that "
                        "determines the remaining life of the hoist</li><li>the number "
                        "of brake operations and the trend in braking "
                        "distance</li><li>overload limiter trips, which reveal "
                        "improper use</li><li>drive error codes, which often precede "
                        "mechanical failures</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>With this data, maintenance can be planned according to "
                        "actual condition rather than the calendar. At one of our "
                        "customers, a machine-building plant, switching to "
                        "condition-based maintenance reduced unscheduled crane "
                        "downtime by 40 percent in the first year. Monitoring also "
                        "provides objective data for technical examinations and "
                        "service-life extension.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "chart",
                        "caption": (
                            "Load spectrum report for an overhead crane in the "
                            "monitoring system"
                        ),
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "Удалённый мониторинг состояния: что на самом деле говорят данные крана"
            ),
            "lead": (
                "Датчики и контроллеры крана собирают за смену тысячи значений. "
                "Рассказываем, какие из них помогают предсказывать отказы и "
                "планировать обслуживание."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Типичная система удалённого мониторинга регистрирует токи "
                        "двигателей, наработку, число включений, массу каждого "
                        "поднятого груза и ошибки преобразователей частоты. Данные "
                        "передаются по сотовой сети или сети предприятия на сервер, "
                        "где анализируются и представляются в виде отчётов. Ценность "
                        "не в объёме данных, а в нескольких показателях, которые "
                        "показывают, насколько быстро расходуется ресурс крана.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Самые полезные показатели:</p><ul><li>спектр нагружения — "
                        "фактическое распределение масс поднимаемых грузов, от "
                        "которого зависит остаточный ресурс механизма "
                        "подъёма</li><li>число срабатываний тормозов и динамика "
                        "тормозного пути</li><li>срабатывания ограничителя "
                        "грузоподъёмности, которые выявляют нарушения при "
                        "эксплуатации</li><li>коды ошибок приводов, которые часто "
                        "предшествуют механическим отказам</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Имея такие данные, обслуживание можно планировать по "
                        "фактическому состоянию, а не по календарю. У одного из наших "
                        "заказчиков, машиностроительного завода, переход на "
                        "обслуживание по состоянию сократил внеплановые простои кранов "
                        "на 40 процентов уже в первый год. Мониторинг также даёт "
                        "объективные данные для технического освидетельствования и "
                        "продления срока службы.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "chart",
                        "caption": (
                            "Отчёт о спектре нагружения мостового крана в системе "
                            "мониторинга"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "frequency-drives-vs-contactor-control",
        "topic": "technologies",
        "days_ago": 97,
        "image": "gears",
        "tags": ["energy", "automation"],
        "author": {"en": "Dmitry Volkov", "ru": "Дмитрий Волков"},
        "en": {
            "title": (
                "Frequency drives versus contactor control: a practical comparison"
            ),
            "lead": (
                "Frequency converters have become standard on new cranes, but many "
                "cranes in service still use contactor control. We compare the two "
                "approaches."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>With contactor control, motors are switched on and off "
                        "directly or through resistor stages, giving one or two fixed "
                        "speeds. The design is simple and familiar to maintenance "
                        "staff, but every start causes a current surge and a "
                        "mechanical jolt. Frequency converters, by contrast, adjust "
                        "motor speed and torque smoothly, which changes the way the "
                        "whole crane works.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Criterion", "Contactor control", "Frequency drive"],
                        "rows": [
                            [
                                "Speed control",
                                "1–2 fixed speeds",
                                "Smooth, range 1:10 and more",
                            ],
                            ["Starting current", "5–7 × rated", "Up to 1.5 × rated"],
                            ["Load swing and shocks", "Significant", "Minimal"],
                            [
                                "Brake wear",
                                "High",
                                "Low, the brake acts as a holding brake",
                            ],
                            ["Energy consumption", "Baseline", "20–35% lower"],
                            ["Initial cost", "Lower", "15–25% higher"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The higher initial cost of frequency drives is usually "
                        "recovered within a few years through lower energy consumption "
                        "and reduced wear of brakes, gearboxes and the steel "
                        "structure. When modernising old cranes, we recommend fitting "
                        "converters first to the hoist and travel mechanisms with the "
                        "largest number of starts. Contactor control remains a "
                        "reasonable option only for rarely used cranes, such as those "
                        "in repair bays or pump stations.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": (
                "Частотный привод или контакторное управление: практическое сравнение"
            ),
            "lead": (
                "Преобразователи частоты стали стандартом для новых кранов, но на "
                "многих действующих кранах до сих пор используется контакторное "
                "управление. Сравниваем оба подхода."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>При контакторном управлении двигатели включаются напрямую "
                        "или через ступени резисторов, что даёт одну-две фиксированные "
                        "скорости. Схема проста и привычна ремонтному персоналу, но "
                        "каждый пуск сопровождается броском тока и механическим "
                        "рывком. Преобразователи частоты, напротив, плавно регулируют "
                        "скорость и момент двигателя, и это меняет работу всего "
                        "крана.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Критерий",
                            "Контакторное управление",
                            "Частотный привод",
                        ],
                        "rows": [
                            [
                                "Регулирование скорости",
                                "1–2 фиксированные скорости",
                                "Плавное, диапазон 1:10 и более",
                            ],
                            ["Пусковой ток", "5–7 номинальных", "До 1,5 номинального"],
                            [
                                "Раскачивание груза и удары",
                                "Значительные",
                                "Минимальные",
                            ],
                            [
                                "Износ тормозов",
                                "Высокий",
                                "Низкий, тормоз работает как стояночный",
                            ],
                            ["Энергопотребление", "Базовое", "На 20–35% ниже"],
                            ["Начальная стоимость", "Ниже", "На 15–25% выше"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Более высокая начальная стоимость частотного привода "
                        "обычно окупается за несколько лет благодаря снижению "
                        "энергопотребления и износа тормозов, редукторов и "
                        "металлоконструкции. При модернизации старых кранов мы "
                        "рекомендуем в первую очередь устанавливать преобразователи на "
                        "механизмы подъёма и передвижения с наибольшим числом "
                        "включений. Контакторное управление остаётся разумным "
                        "вариантом только для редко используемых кранов — например, в "
                        "ремонтных пролётах или насосных станциях.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "wire-rope-inspection-methods",
        "topic": "technologies",
        "days_ago": 137,
        "image": "engineers",
        "tags": ["safety", "service"],
        "author": {"en": "Maria Sokolova", "ru": "Мария Соколова"},
        "en": {
            "title": (
                "Wire rope inspection: from visual checks to magnetic flaw detection"
            ),
            "lead": (
                "Wire ropes are among the most heavily loaded and fastest-wearing "
                "parts of a crane. Modern inspection methods help to find internal "
                "damage before it becomes dangerous."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Visual inspection remains the basic method: the inspector "
                        "looks for broken wires, corrosion, kinks and reduction in "
                        "diameter and compares the findings with the discard criteria. "
                        "However, in multi-strand and rotation-resistant ropes, most "
                        "damage develops inside the rope and cannot be seen from the "
                        "surface. By the time broken wires appear on the outside, the "
                        "rope may have lost a significant part of its strength.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Magnetic flaw detection solves this problem. A portable "
                        "instrument with permanent magnets is fitted around the rope, "
                        "and the rope is run through it at crane speed. The instrument "
                        "records loss of metallic cross-section and local defects "
                        "along the entire length and produces a report showing exactly "
                        "where the damage is located.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Method", "Detects", "Typical frequency"],
                        "rows": [
                            [
                                "Visual inspection",
                                "External broken wires, corrosion, deformation",
                                "Every shift / monthly",
                            ],
                            ["Diameter measurement", "Wear, core damage", "Monthly"],
                            [
                                "Magnetic flaw detection",
                                "Internal broken wires, loss of cross-section",
                                "Annually or at examination",
                            ],
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Magnetic inspection of ropes on heavy cranes pays for "
                            "itself many times over: it lets you replace ropes at the "
                            "right time, not too late but not too early either."
                        ),
                        "author": (
                            "Roman Fedorov, head of the technical diagnostics "
                            "laboratory"
                        ),
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "Контроль стальных канатов: от визуального осмотра до магнитной "
                "дефектоскопии"
            ),
            "lead": (
                "Стальные канаты — одни из самых нагруженных и быстро изнашивающихся "
                "элементов крана. Современные методы контроля позволяют найти "
                "внутренние повреждения до того, как они станут опасными."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Основным методом остаётся визуальный осмотр: специалист "
                        "ищет обрывы проволок, коррозию, заломы и уменьшение диаметра "
                        "и сравнивает результаты с нормами браковки. Однако в "
                        "многопрядных и малокрутящихся канатах большая часть "
                        "повреждений развивается внутри и не видна снаружи. К моменту "
                        "появления наружных обрывов канат может потерять значительную "
                        "часть прочности.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Эту задачу решает магнитная дефектоскопия. Портативный "
                        "прибор с постоянными магнитами устанавливают на канат, и "
                        "канат протягивают через него со скоростью работы крана. "
                        "Прибор регистрирует потерю металлического сечения и локальные "
                        "дефекты по всей длине и формирует отчёт с точным указанием "
                        "мест повреждений.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Метод", "Что выявляет", "Типичная периодичность"],
                        "rows": [
                            [
                                "Визуальный осмотр",
                                "Наружные обрывы проволок, коррозия, деформации",
                                "Каждую смену / ежемесячно",
                            ],
                            [
                                "Измерение диаметра",
                                "Износ, повреждение сердечника",
                                "Ежемесячно",
                            ],
                            [
                                "Магнитная дефектоскопия",
                                "Внутренние обрывы, потеря сечения",
                                "Ежегодно или при освидетельствовании",
                            ],
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Магнитный контроль канатов на тяжёлых кранах многократно "
                            "окупается: он позволяет менять канаты вовремя — не "
                            "слишком поздно, но и не слишком рано."
                        ),
                        "author": (
                            "Роман Фёдоров, руководитель лаборатории технической "
                            "диагностики"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "explosion-proof-hoists-for-hazardous-areas",
        "topic": "technologies",
        "days_ago": 177,
        "image": "factory",
        "tags": ["hoists", "safety"],
        "author": {"en": "Anna Smirnova", "ru": "Анна Смирнова"},
        "en": {
            "title": "Explosion-proof hoists: what to consider for hazardous areas",
            "lead": (
                "At chemical, oil and gas and grain processing facilities, lifting "
                "equipment must never become a source of ignition. We look at the main "
                "requirements for explosion-proof hoists."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Explosion-proof hoists are used wherever flammable gases, "
                        "vapours or combustible dust can form an explosive atmosphere. "
                        "Their motors, brakes, limit switches and control devices are "
                        "enclosed in flameproof housings or built to increased-safety "
                        "designs so that sparks and hot surfaces cannot ignite the "
                        "surrounding mixture. Mechanical parts matter too: wheels and "
                        "hooks are made of non-sparking materials or given special "
                        "coatings.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>When ordering, the customer should specify:</p><ul><li>the "
                        "hazardous area zone and the group of the explosive "
                        "mixture</li><li>the temperature class of the "
                        "equipment</li><li>the required type of protection and "
                        "marking</li><li>the ambient temperature range and whether the "
                        "hoist will work outdoors</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Errors in these data are the most common cause of problems "
                        "during commissioning: equipment with an insufficient "
                        "temperature class or an unsuitable gas group will not be "
                        "accepted by the supervisory authority. That is why our "
                        "engineers always ask for the hazardous area classification "
                        "from the customer's project documentation before preparing a "
                        "quote.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": (
                "Взрывозащищённые тали: что учесть при выборе для взрывоопасных зон"
            ),
            "lead": (
                "На химических, нефтегазовых и зерноперерабатывающих предприятиях "
                "грузоподъёмное оборудование ни в коем случае не должно становиться "
                "источником воспламенения. Разбираем основные требования к "
                "взрывозащищённым талям."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Взрывозащищённые тали применяют везде, где горючие газы, "
                        "пары или пыль могут образовать взрывоопасную среду. Их "
                        "двигатели, тормоза, концевые выключатели и органы управления "
                        "заключены во взрывонепроницаемые оболочки или выполнены с "
                        "повышенной защитой, чтобы искры и нагретые поверхности не "
                        "могли воспламенить окружающую смесь. Важны и механические "
                        "узлы: колёса и крюки изготавливают из неискрящих материалов "
                        "или снабжают специальными покрытиями.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>При заказе необходимо указать:</p><ul><li>класс "
                        "взрывоопасной зоны и категорию взрывоопасной "
                        "смеси</li><li>температурный класс "
                        "оборудования</li><li>требуемый вид взрывозащиты и "
                        "маркировку</li><li>диапазон температур окружающей среды и "
                        "будет ли таль работать на открытом воздухе</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Ошибки в этих данных — самая частая причина проблем при "
                        "вводе в эксплуатацию: оборудование с недостаточным "
                        "температурным классом или неподходящей категорией смеси не "
                        "примут надзорные органы. Поэтому наши инженеры всегда "
                        "запрашивают у заказчика классификацию взрывоопасных зон из "
                        "проектной документации, прежде чем готовить предложение.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "radio-remote-control-and-operator-safety",
        "topic": "technologies",
        "days_ago": 217,
        "image": "robot",
        "tags": ["automation", "safety"],
        "author": {"en": "Elena Kuznetsova", "ru": "Елена Кузнецова"},
        "en": {
            "title": "Radio remote control: more than a replacement for the pendant",
            "lead": (
                "Radio control has become the most popular way to operate workshop "
                "cranes. Properly configured, it improves not only convenience but "
                "also safety."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>With a pendant control, the operator is tied to the crane "
                        "and has to walk next to the load, often along a narrow aisle "
                        "between equipment. Radio control lets the operator choose a "
                        "safe position with a good view of the load and the slinging "
                        "area. For cab-operated cranes, switching to radio control "
                        "also removes the need to climb into the cab and makes it "
                        "possible to combine the roles of operator and slinger.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Modern transmitters offer much more than direction "
                        "buttons. They can display the load weight, warn of overload, "
                        "limit speeds in defined zones and prevent collisions between "
                        "two cranes on the same runway. Safety functions include an "
                        "emergency stop with its own channel, automatic shutdown when "
                        "the radio link is lost and operator identification by key or "
                        "card.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>What to check when choosing a radio control "
                        "system:</p><ul><li>the safety category of the emergency stop "
                        "function</li><li>the operating frequency and resistance to "
                        "interference in the workshop</li><li>battery life and "
                        "charging time</li><li>ergonomics: weight, grip, ease of use "
                        "with gloves and display readability in low light</li></ul>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Радиоуправление: больше, чем замена подвесного пульта",
            "lead": (
                "Радиоуправление стало самым распространённым способом управления "
                "цеховыми кранами. При правильной настройке оно повышает не только "
                "удобство, но и безопасность."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>При управлении с подвесного пульта оператор привязан к "
                        "крану и вынужден идти рядом с грузом, часто по узкому проходу "
                        "между оборудованием. Радиоуправление позволяет выбрать "
                        "безопасное место с хорошим обзором груза и зоны строповки. "
                        "Для кранов с кабиной переход на радиоуправление избавляет от "
                        "необходимости подниматься в кабину и позволяет совмещать "
                        "функции крановщика и стропальщика.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Современные передатчики — это гораздо больше, чем кнопки "
                        "направлений. Они могут отображать массу груза, предупреждать "
                        "о перегрузке, ограничивать скорость в заданных зонах и "
                        "предотвращать столкновение двух кранов на одном подкрановом "
                        "пути. К функциям безопасности относятся аварийный останов по "
                        "отдельному каналу, автоматическое отключение при потере "
                        "радиосвязи и идентификация оператора по ключу или карте.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>На что обратить внимание при выборе системы "
                        "радиоуправления:</p><ul><li>категория безопасности функции "
                        "аварийного останова</li><li>рабочая частота и "
                        "помехоустойчивость в условиях цеха</li><li>время работы от "
                        "аккумулятора и время зарядки</li><li>эргономика: масса, хват, "
                        "удобство работы в перчатках и читаемость дисплея при слабом "
                        "освещении</li></ul>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "digital-models-in-crane-design",
        "topic": "technologies",
        "days_ago": 257,
        "image": "robot",
        "tags": ["digital"],
        "author": {"en": "Sergey Petrov", "ru": "Сергей Петров"},
        "en": {
            "title": (
                "Digital models in crane design: from 3D drawings to virtual testing"
            ),
            "lead": (
                "Our design bureau works with a full 3D model of every crane. We "
                "explain how it helps to avoid mistakes before the first steel plate "
                "is cut."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Every project starts with a parametric 3D model of the "
                        "crane assembled from a library of proven components: main "
                        "girders, end carriages, trolleys and hoists. The model is "
                        "placed into a laser scan or a 3D model of the customer's "
                        "building, so clearances to roof trusses, columns and "
                        "equipment are checked automatically. Clashes that used to be "
                        "discovered during installation are now found at the design "
                        "stage.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The steel structure is then verified by finite element "
                        "analysis for static strength, stiffness and fatigue according "
                        "to the crane's duty group. For heavy cranes we also simulate "
                        "dynamic effects: lifting a load off the ground, emergency "
                        "braking and skewing of the bridge. The results make it "
                        "possible to optimise girder sections and reduce the weight of "
                        "the structure without compromising safety.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "A digital model lets us test a crane under conditions we "
                            "would never create on a real test stand. It also stays "
                            "useful throughout the crane's life, for modernisation and "
                            "repairs."
                        ),
                        "author": "Igor Belov, chief designer",
                    },
                ),
                (
                    "image",
                    {
                        "image": "robot",
                        "caption": (
                            "Finite element model of a crane girder in the design "
                            "system"
                        ),
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "Цифровые модели в проектировании кранов: от 3D-чертежей до "
                "виртуальных испытаний"
            ),
            "lead": (
                "Наше конструкторское бюро работает с полной трёхмерной моделью "
                "каждого крана. Рассказываем, как это помогает избежать ошибок ещё до "
                "раскроя первого листа металла."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Каждый проект начинается с параметрической 3D-модели "
                        "крана, собранной из библиотеки проверенных узлов: главных и "
                        "концевых балок, тележек и талей. Модель помещают в результаты "
                        "лазерного сканирования или 3D-модель здания заказчика, и "
                        "зазоры до ферм покрытия, колонн и оборудования проверяются "
                        "автоматически. Коллизии, которые раньше обнаруживались на "
                        "монтаже, теперь выявляются на стадии проектирования.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Затем металлоконструкцию проверяют методом конечных "
                        "элементов на статическую прочность, жёсткость и усталость с "
                        "учётом группы классификации крана. Для тяжёлых кранов мы "
                        "также моделируем динамические воздействия: подъём груза с "
                        "основания, аварийное торможение и перекос моста. Результаты "
                        "позволяют оптимизировать сечения балок и снизить массу "
                        "конструкции без ущерба для безопасности.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Цифровая модель позволяет испытать кран в условиях, "
                            "которые мы никогда не стали бы создавать на реальном "
                            "стенде. Она остаётся полезной и на протяжении всей жизни "
                            "крана — при модернизации и ремонтах."
                        ),
                        "author": "Игорь Белов, главный конструктор",
                    },
                ),
                (
                    "image",
                    {
                        "image": "robot",
                        "caption": (
                            "Конечно-элементная модель главной балки крана в системе "
                            "проектирования"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "laser-survey-of-crane-runways",
        "topic": "technologies",
        "days_ago": 297,
        "image": "steel",
        "tags": ["service", "safety"],
        "author": {"en": "Igor Belov", "ru": "Игорь Белов"},
        "en": {
            "title": "Laser survey of crane runways: faster, more accurate, safer",
            "lead": (
                "Laser trackers and 3D scanning have replaced string lines and levels "
                "in crane runway surveys. We explain what the new methods give a plant."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>A traditional crane runway survey requires people to walk "
                        "along the rails at height with a level and tape measures, "
                        "often while the workshop is stopped. Accuracy depends on the "
                        "surveyor's experience, and results are difficult to compare "
                        "from year to year. A laser tracker measures the position of a "
                        "reflector on a carriage moving along the rail, recording "
                        "thousands of points with an accuracy of fractions of a "
                        "millimetre.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>From the measurements, the software builds a 3D model of "
                        "the runway and automatically compares deviations in gauge, "
                        "straightness, elevation and rail joints with permissible "
                        "values. The customer receives a report with graphs and a list "
                        "of locations that require adjustment. A typical survey of a "
                        "100-metre runway takes one shift instead of two or three "
                        "days.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Parameter", "Traditional survey", "Laser survey"],
                        "rows": [
                            ["Duration for 100 m of runway", "2–3 days", "1 shift"],
                            ["Measurement accuracy", "±2–3 mm", "±0.5 mm"],
                            [
                                "Work at height",
                                "Along the whole runway",
                                "Only to place the carriage",
                            ],
                            ["Result", "Paper table", "3D model and digital report"],
                        ],
                    },
                ),
            ],
        },
        "ru": {
            "title": "Лазерная съёмка подкрановых путей: быстрее, точнее, безопаснее",
            "lead": (
                "Лазерные трекеры и 3D-сканирование пришли на смену струне и нивелиру "
                "при обследовании подкрановых путей. Рассказываем, что новые методы "
                "дают предприятию."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Традиционная съёмка подкранового пути требует, чтобы люди "
                        "шли по рельсам на высоте с нивелиром и рулетками — часто при "
                        "остановленном цехе. Точность зависит от опыта исполнителя, а "
                        "результаты трудно сравнивать от года к году. Лазерный трекер "
                        "измеряет положение отражателя на тележке, движущейся по "
                        "рельсу, и фиксирует тысячи точек с точностью до долей "
                        "миллиметра.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>По результатам измерений программа строит 3D-модель пути и "
                        "автоматически сравнивает отклонения ширины колеи, "
                        "прямолинейности, высотных отметок и стыков рельсов с "
                        "допустимыми значениями. Заказчик получает отчёт с графиками и "
                        "перечнем мест, требующих рихтовки. Типичная съёмка пути "
                        "длиной 100 метров занимает одну смену вместо двух-трёх "
                        "дней.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Параметр",
                            "Традиционная съёмка",
                            "Лазерная съёмка",
                        ],
                        "rows": [
                            ["Продолжительность для 100 м пути", "2–3 дня", "1 смена"],
                            ["Точность измерений", "±2–3 мм", "±0,5 мм"],
                            [
                                "Работы на высоте",
                                "По всей длине пути",
                                "Только для установки тележки",
                            ],
                            [
                                "Результат",
                                "Бумажная таблица",
                                "3D-модель и цифровой отчёт",
                            ],
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "semi-automatic-cranes-for-coil-warehouses",
        "topic": "technologies",
        "days_ago": 337,
        "image": "warehouse",
        "tags": ["automation", "logistics"],
        "author": {"en": "Olga Morozova", "ru": "Ольга Морозова"},
        "en": {
            "title": "Semi-automatic cranes for coil and rolled product warehouses",
            "lead": (
                "Automatic positioning and integration with the warehouse management "
                "system allow cranes to move loads to exact storage locations with "
                "minimal operator involvement."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>In semi-automatic mode, the operator only selects a task, "
                        "for example moving a coil from the receiving area to storage "
                        "cell B-14, and confirms the start. The crane then travels "
                        "along an optimal path, lowers the gripping device, picks up "
                        "the load and places it at the target location. The operator "
                        "supervises the process and can switch to manual control at "
                        "any time.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The key technologies are absolute position encoders on all "
                        "crane motions, anti-sway control and a laser or radar "
                        "obstacle detection system. Integration with the warehouse "
                        "management system allows the crane to receive tasks directly "
                        "and update stock records after each operation. Such systems "
                        "are especially effective in warehouses of steel coils, slabs "
                        "and paper rolls, where loads are heavy and storage density is "
                        "high.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Benefits reported by customers:</p><ul><li>storage "
                        "capacity up by 15–20% thanks to denser "
                        "placement</li><li>fewer damaged coils and stock-keeping "
                        "errors</li><li>stable productivity regardless of operator "
                        "experience</li></ul>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Полуавтоматические краны для складов рулонов и проката",
            "lead": (
                "Автоматическое позиционирование и интеграция с системой управления "
                "складом позволяют кранам доставлять грузы в точные места хранения при "
                "минимальном участии оператора."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>В полуавтоматическом режиме оператор лишь выбирает задание "
                        "— например, переместить рулон из зоны приёмки в ячейку "
                        "хранения B-14 — и подтверждает запуск. Кран движется по "
                        "оптимальной траектории, опускает грузозахватное устройство, "
                        "забирает груз и устанавливает его в заданное место. Оператор "
                        "наблюдает за процессом и в любой момент может перейти на "
                        "ручное управление.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Ключевые технологии — абсолютные датчики положения на всех "
                        "механизмах крана, подавление раскачивания и лазерная или "
                        "радарная система обнаружения препятствий. Интеграция с "
                        "системой управления складом позволяет крану получать задания "
                        "напрямую и обновлять складской учёт после каждой операции. "
                        "Такие системы особенно эффективны на складах рулонной стали, "
                        "слябов и бумажных рулонов, где грузы тяжёлые, а плотность "
                        "хранения высокая.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Преимущества, которые отмечают "
                        "заказчики:</p><ul><li>вместимость склада выше на 15–20% "
                        "благодаря более плотному размещению</li><li>меньше "
                        "повреждённых рулонов и ошибок складского "
                        "учёта</li><li>стабильная производительность независимо от "
                        "опыта оператора</li></ul>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "uralkran-wins-regional-quality-award",
        "topic": "achievements",
        "days_ago": 25,
        "image": "award",
        "tags": ["awards"],
        "author": {"en": "Maria Sokolova", "ru": "Мария Соколова"},
        "en": {
            "title": "Uralkran Engineering wins the regional quality award",
            "lead": (
                "The company received the regional quality award in the Industrial "
                "Products category for its series of double-girder overhead cranes."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The jury assessed product quality, the effectiveness of "
                        "the quality management system and customer feedback. Experts "
                        "visited our production site, studied the incoming inspection "
                        "and testing procedures and analysed warranty statistics for "
                        "the past three years. Warranty claims for double-girder "
                        "cranes amounted to less than 1.5 percent of units "
                        "delivered.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The award was presented at a ceremony held by the regional "
                        "government. Andrey Kovalev, General Director of Uralkran "
                        "Engineering, thanked the team and noted that the recognition "
                        "is above all the result of the daily work of designers, "
                        "welders, assemblers and service engineers.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "For us, this award is not a finish line but confirmation "
                            "that we are moving in the right direction. The next step "
                            "is to bring the same level of quality to our service."
                        ),
                        "author": "Andrey Kovalev, General Director",
                    },
                ),
                (
                    "image",
                    {
                        "image": "award",
                        "caption": (
                            "The regional quality award presented to Uralkran "
                            "Engineering"
                        ),
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "«Уралкран Инжиниринг» стал лауреатом региональной премии в области "
                "качества"
            ),
            "lead": (
                "Компания получила региональную премию в области качества в номинации "
                "«Промышленная продукция» за серию двухбалочных мостовых кранов."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Жюри оценивало качество продукции, эффективность системы "
                        "менеджмента качества и отзывы заказчиков. Эксперты побывали "
                        "на нашем производстве, изучили процедуры входного контроля и "
                        "испытаний и проанализировали статистику гарантийных обращений "
                        "за последние три года. Доля гарантийных случаев по "
                        "двухбалочным кранам составила менее 1,5 процента от числа "
                        "поставленных машин.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Награду вручили на церемонии, которую провело "
                        "правительство региона. Генеральный директор «Уралкран "
                        "Инжиниринг» Андрей Ковалёв поблагодарил коллектив и отметил, "
                        "что это признание — прежде всего результат ежедневной работы "
                        "конструкторов, сварщиков, сборщиков и сервисных инженеров.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Для нас эта премия — не финиш, а подтверждение того, что "
                            "мы движемся в правильном направлении. Следующий шаг — "
                            "обеспечить такой же уровень качества в сервисе."
                        ),
                        "author": "Андрей Ковалёв, генеральный директор",
                    },
                ),
                (
                    "image",
                    {
                        "image": "award",
                        "caption": (
                            "Региональная премия в области качества, врученная "
                            "«Уралкран Инжиниринг»"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "320-tonne-casting-crane-passes-load-tests",
        "topic": "achievements",
        "days_ago": 65,
        "image": "crane",
        "tags": ["cranes", "metallurgy"],
        "author": {"en": "Dmitry Volkov", "ru": "Дмитрий Волков"},
        "en": {
            "title": (
                "Our heaviest crane yet: a 320-tonne casting crane passes load tests"
            ),
            "lead": (
                "The largest crane in the company's history, a 320/80-tonne casting "
                "crane for a steel plant melt shop, has successfully passed static and "
                "dynamic load tests."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The crane has a span of 28 metres and four girders: the "
                        "main trolley with the 320-tonne ladle hook runs on the two "
                        "main girders, while the auxiliary trolley with an 80-tonne "
                        "hook travels on separate girders. The main hoist has two "
                        "independent drives and a redundant brake system, so a ladle "
                        "of liquid steel can be lowered safely even if one drive "
                        "fails. The total weight of the crane exceeds 450 tonnes.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The tests were carried out at the customer's site after "
                        "installation. In static mode, the crane lifted a test load 25 "
                        "percent above its rated capacity, and in dynamic mode a load "
                        "10 percent above rated capacity with all motions operating. "
                        "The tests were witnessed by representatives of the customer "
                        "and an independent expert organisation, and the crane has now "
                        "been handed over for operation.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Parameter", "Value"],
                        "rows": [
                            ["Capacity, main / auxiliary hoist", "320 / 80 t"],
                            ["Span", "28 m"],
                            ["Lifting height", "26 m"],
                            ["Duty group", "A7"],
                            ["Crane weight", "over 450 t"],
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "A crane for molten metal is the most demanding task in "
                            "our industry. Every component has to keep working even "
                            "when something else has already failed."
                        ),
                        "author": "Igor Belov, chief designer",
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "Самый тяжёлый кран в нашей истории: литейный кран на 320 тонн прошёл "
                "испытания"
            ),
            "lead": (
                "Крупнейший кран в истории компании — литейный кран грузоподъёмностью "
                "320/80 тонн для сталеплавильного цеха металлургического завода — "
                "успешно прошёл статические и динамические испытания."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Пролёт крана — 28 метров, конструкция четырёхбалочная: "
                        "главная тележка с 320-тонным крюком для ковша движется по "
                        "двум главным балкам, а вспомогательная тележка с 80-тонным "
                        "крюком — по отдельным балкам. Главный механизм подъёма имеет "
                        "два независимых привода и резервированную тормозную систему, "
                        "поэтому ковш с жидкой сталью можно безопасно опустить даже "
                        "при отказе одного из приводов. Общая масса крана превышает "
                        "450 тонн.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Испытания провели на площадке заказчика после монтажа. В "
                        "статическом режиме кран поднял испытательный груз, на 25 "
                        "процентов превышающий номинальную грузоподъёмность, а в "
                        "динамическом — груз на 10 процентов больше номинального с "
                        "работой всех механизмов. На испытаниях присутствовали "
                        "представители заказчика и независимой экспертной организации, "
                        "и сейчас кран передан в эксплуатацию.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Параметр", "Значение"],
                        "rows": [
                            [
                                "Грузоподъёмность главного / вспомогательного подъёма",
                                "320 / 80 т",
                            ],
                            ["Пролёт", "28 м"],
                            ["Высота подъёма", "26 м"],
                            ["Группа классификации", "A7"],
                            ["Масса крана", "более 450 т"],
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Кран для жидкого металла — самая ответственная задача в "
                            "нашей отрасли. Здесь каждый узел должен продолжать "
                            "работать, даже если что-то другое уже отказало."
                        ),
                        "author": "Игорь Белов, главный конструктор",
                    },
                ),
            ],
        },
    },
    {
        "slug": "quality-system-recertified-to-iso-9001",
        "topic": "achievements",
        "days_ago": 105,
        "image": "award",
        "tags": ["awards"],
        "author": {"en": "Elena Kuznetsova", "ru": "Елена Кузнецова"},
        "en": {
            "title": "Quality management system recertified to ISO 9001",
            "lead": (
                "An independent certification body has confirmed that the Uralkran "
                "Engineering quality management system complies with ISO 9001 for the "
                "next three years."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The recertification audit lasted four days and covered "
                        "every stage of our work: sales, design, procurement, "
                        "production, installation and service. The auditors checked "
                        "how customer requirements are recorded and passed on to "
                        "design, how suppliers are evaluated and how non-conformities "
                        "are analysed and corrected. No major non-conformities were "
                        "found.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The auditors highlighted several good practices, including "
                        "digital traceability of welds on main girders and the system "
                        "for collecting and analysing service data. Three minor "
                        "findings concern document management in the installation "
                        "division and will be resolved within the next quarter.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Scope of certification:</p><ul><li>design and manufacture "
                        "of overhead and gantry cranes and hoists</li><li>installation "
                        "and commissioning of lifting equipment</li><li>maintenance, "
                        "repair and modernisation of cranes</li></ul>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": (
                "Система менеджмента качества ресертифицирована на соответствие ISO "
                "9001"
            ),
            "lead": (
                "Независимый орган по сертификации подтвердил соответствие системы "
                "менеджмента качества «Уралкран Инжиниринг» требованиям ISO 9001 на "
                "следующие три года."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Ресертификационный аудит длился четыре дня и охватил все "
                        "этапы нашей работы: продажи, проектирование, закупки, "
                        "производство, монтаж и сервис. Аудиторы проверили, как "
                        "фиксируются требования заказчика и передаются в "
                        "проектирование, как оцениваются поставщики и как "
                        "анализируются и устраняются несоответствия. Значительных "
                        "несоответствий не выявлено.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Аудиторы отметили ряд лучших практик, в том числе цифровую "
                        "прослеживаемость сварных швов главных балок и систему сбора и "
                        "анализа сервисных данных. Три незначительных замечания "
                        "касаются документооборота в монтажном подразделении и будут "
                        "устранены в течение следующего квартала.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Область сертификации:</p><ul><li>проектирование и "
                        "производство мостовых и козловых кранов и "
                        "талей</li><li>монтаж и пусконаладка грузоподъёмного "
                        "оборудования</li><li>техническое обслуживание, ремонт и "
                        "модернизация кранов</li></ul>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "thousandth-electric-hoist-produced",
        "topic": "achievements",
        "days_ago": 145,
        "image": "factory",
        "tags": ["hoists"],
        "author": {"en": "Sergey Petrov", "ru": "Сергей Петров"},
        "en": {
            "title": "The thousandth electric hoist leaves the assembly line",
            "lead": (
                "Uralkran Engineering has produced its 1,000th electric wire rope "
                "hoist since launching its own hoist production."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The anniversary hoist, with a capacity of 5 tonnes and a "
                        "lift height of 12 metres, will be installed on a "
                        "single-girder overhead crane at a machine-building plant in "
                        "Tyumen. The company started manufacturing its own hoists "
                        "eight years ago in order to reduce its dependence on imported "
                        "mechanisms. Since then, the range has grown from two to seven "
                        "sizes covering capacities from 1 to 20 tonnes.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Today, more than 80 percent of hoist components, including "
                        "drums, gearboxes and housings, are made in-house or by "
                        "partners in the Urals. Each hoist is run in on a test stand "
                        "and tested with a 125 percent load before shipment. Over the "
                        "past three years, warranty claims for the series have stayed "
                        "below one percent.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "gears",
                        "caption": (
                            "Assembly of electric wire rope hoists at the "
                            "Yekaterinburg plant"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We assembled our first hoists almost by hand in a corner "
                            "of the workshop. Now it is a separate production line "
                            "with its own design team and test stand."
                        ),
                        "author": "Vladimir Mikhailov, head of hoist production",
                    },
                ),
            ],
        },
        "ru": {
            "title": "С линии сборки сошла тысячная электрическая таль",
            "lead": (
                "«Уралкран Инжиниринг» выпустил тысячную электрическую канатную таль с "
                "момента запуска собственного производства талей."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Юбилейная таль грузоподъёмностью 5 тонн с высотой подъёма "
                        "12 метров будет установлена на однобалочный мостовой кран "
                        "машиностроительного завода в Тюмени. Собственное производство "
                        "талей компания запустила восемь лет назад, чтобы снизить "
                        "зависимость от импортных механизмов. С тех пор линейка "
                        "выросла с двух до семи типоразмеров и охватывает "
                        "грузоподъёмность от 1 до 20 тонн.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Сегодня более 80 процентов комплектующих талей, включая "
                        "барабаны, редукторы и корпуса, изготавливается на собственном "
                        "производстве или у партнёров на Урале. Каждую таль перед "
                        "отгрузкой обкатывают на стенде и испытывают грузом 125 "
                        "процентов от номинального. За последние три года доля "
                        "гарантийных обращений по серии не превышала одного "
                        "процента.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "gears",
                        "caption": (
                            "Сборка электрических канатных талей на заводе в "
                            "Екатеринбурге"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Первые тали мы собирали почти вручную, в углу цеха. "
                            "Теперь это отдельная производственная линия со своей "
                            "конструкторской группой и испытательным стендом."
                        ),
                        "author": "Владимир Михайлов, руководитель производства талей",
                    },
                ),
            ],
        },
    },
    {
        "slug": "prizes-at-regional-skills-competition",
        "topic": "achievements",
        "days_ago": 185,
        "image": "team",
        "tags": ["people", "awards"],
        "author": {"en": "Anna Smirnova", "ru": "Анна Смирнова"},
        "en": {
            "title": (
                "Our welder and electricians take prizes at a regional skills "
                "competition"
            ),
            "lead": (
                "Three Uralkran Engineering employees won prizes at the regional "
                "professional skills competition for machine-building enterprises."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The competition brought together more than 120 workers "
                        "from 30 enterprises of the region in six categories. Our "
                        "welder Alexander Kuzmin took first place in the welding "
                        "category, where participants had to weld a test section of a "
                        "box girder in different positions, after which the joints "
                        "were checked ultrasonically. Electricians Denis Sharov and "
                        "Yuri Pankov took second and third places in the electrical "
                        "installation category.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The company spent three months preparing for the "
                        "competition: participants trained under the guidance of "
                        "mentors and practised on real production tasks. The winners "
                        "received cash bonuses and a higher qualification grade. We "
                        "see such competitions as an important way to raise the "
                        "prestige of blue-collar professions and share experience "
                        "between enterprises.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "At a competition you cannot fix a mistake later: "
                            "everything is judged by the result. It is exactly the "
                            "same in our everyday work on crane girders."
                        ),
                        "author": "Alexander Kuzmin, welder, winner of the competition",
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "Сварщик и электромонтажники компании стали призёрами регионального "
                "конкурса профмастерства"
            ),
            "lead": (
                "Трое сотрудников «Уралкран Инжиниринг» заняли призовые места в "
                "региональном конкурсе профессионального мастерства среди "
                "машиностроительных предприятий."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>В конкурсе участвовали более 120 рабочих из 30 предприятий "
                        "региона в шести номинациях. Наш сварщик Александр Кузьмин "
                        "занял первое место в номинации «Сварка»: участникам нужно "
                        "было сварить контрольный фрагмент коробчатой балки в разных "
                        "пространственных положениях, после чего швы проверяли "
                        "ультразвуком. Электромонтажники Денис Шаров и Юрий Панков "
                        "заняли второе и третье места в номинации «Электромонтаж».</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Компания готовилась к конкурсу три месяца: участники "
                        "тренировались под руководством наставников и отрабатывали "
                        "реальные производственные задачи. Победители получили "
                        "денежные премии и повышение разряда. Мы считаем такие "
                        "конкурсы важным способом повысить престиж рабочих профессий и "
                        "обменяться опытом между предприятиями.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "На конкурсе ошибку потом не исправишь — всё оценивается "
                            "по результату. В повседневной работе над балками кранов "
                            "точно так же."
                        ),
                        "author": "Александр Кузьмин, сварщик, победитель конкурса",
                    },
                ),
            ],
        },
    },
    {
        "slug": "1000-days-without-lost-time-injuries",
        "topic": "achievements",
        "days_ago": 225,
        "image": "engineers",
        "tags": ["safety"],
        "author": {"en": "Igor Belov", "ru": "Игорь Белов"},
        "en": {
            "title": "1,000 days without lost-time injuries at our production site",
            "lead": (
                "The Uralkran Engineering plant in Yekaterinburg has worked 1,000 "
                "consecutive days without a single lost-time injury."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>This milestone is the result of a systematic occupational "
                        "safety programme launched four years ago. It includes daily "
                        "pre-shift briefings, a near-miss reporting system, regular "
                        "safety walks by managers and mandatory training in slinging "
                        "and work at height for all production staff. Every reported "
                        "near miss is analysed, and the conclusions are shared with "
                        "all shifts.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Significant investment went into equipment: all workplaces "
                        "in the assembly shops are served by radio-controlled cranes, "
                        "welding stations have local fume extraction, and work at "
                        "height is done from mobile elevating platforms instead of "
                        "ladders. Over four years, the number of near-miss reports has "
                        "grown fivefold, which shows that employees trust the system "
                        "and are not afraid to report problems.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Indicator", "Four years ago", "Now"],
                        "rows": [
                            ["Lost-time injuries per year", "4", "0"],
                            ["Near-miss reports per year", "45", "230"],
                            ["Management safety walks per month", "2", "16"],
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Safety is not a department, it is the way we work. The "
                            "most important change is that people have stopped keeping "
                            "quiet about dangerous situations."
                        ),
                        "author": (
                            "Tatiana Lysenko, head of occupational health and safety"
                        ),
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "1000 дней без травм с потерей трудоспособности на нашем производстве"
            ),
            "lead": (
                "Завод «Уралкран Инжиниринг» в Екатеринбурге отработал 1000 дней "
                "подряд без единого случая травмы с потерей трудоспособности."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Этот результат — следствие системной программы охраны "
                        "труда, запущенной четыре года назад. Она включает ежедневные "
                        "предсменные инструктажи, систему сообщений о потенциально "
                        "опасных происшествиях, регулярные обходы руководителей и "
                        "обязательное обучение стропальным работам и работам на высоте "
                        "для всего производственного персонала. Каждое такое сообщение "
                        "анализируется, а выводы доводятся до всех смен.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Значительные средства вложены в оснащение: все рабочие "
                        "места в сборочных цехах обслуживаются кранами с "
                        "радиоуправлением, сварочные посты оборудованы местной "
                        "вытяжкой, а работы на высоте выполняются с мобильных "
                        "подъёмных платформ вместо лестниц. За четыре года число "
                        "сообщений о потенциально опасных происшествиях выросло в пять "
                        "раз — это показывает, что сотрудники доверяют системе и не "
                        "боятся сообщать о проблемах.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Показатель", "Четыре года назад", "Сейчас"],
                        "rows": [
                            ["Травмы с потерей трудоспособности за год", "4", "0"],
                            [
                                "Сообщения о потенциально опасных происшествиях за год",
                                "45",
                                "230",
                            ],
                            ["Обходы руководителей по безопасности в месяц", "2", "16"],
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Безопасность — это не отдел, а способ работы. Самое "
                            "важное — люди перестали молчать об опасных ситуациях."
                        ),
                        "author": "Татьяна Лысенко, руководитель службы охраны труда",
                    },
                ),
            ],
        },
    },
    {
        "slug": "patent-for-compact-crane-trolley",
        "topic": "achievements",
        "days_ago": 265,
        "image": "gears",
        "tags": ["cranes"],
        "author": {"en": "Olga Morozova", "ru": "Ольга Морозова"},
        "en": {
            "title": "Patent granted for a compact crane trolley design",
            "lead": (
                "Uralkran Engineering has received a utility model patent for a "
                "low-headroom trolley that increases the lifting height of overhead "
                "cranes in existing buildings."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>In many older buildings, the distance from the crane rail "
                        "to the roof trusses is limited, and a standard trolley takes "
                        "up a significant part of the available hook height. Our "
                        "designers developed a trolley in which the drum sits between "
                        "the main girders and the hoist gearbox is built into the "
                        "drum. As a result, the hook rises 600–900 mm higher than with "
                        "a conventional trolley of the same capacity.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The design is already used on cranes from 10 to 50 tonnes, "
                        "including modernisation projects in which a new trolley is "
                        "installed on an existing bridge. For customers, this often "
                        "means being able to handle taller loads or equipment in the "
                        "same building without costly reconstruction of the roof.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "The idea came from a specific customer who was half a "
                            "metre short of hook height. Now we offer this solution as "
                            "a standard option."
                        ),
                        "author": "Igor Belov, chief designer",
                    },
                ),
            ],
        },
        "ru": {
            "title": "Получен патент на компактную конструкцию крановой тележки",
            "lead": (
                "«Уралкран Инжиниринг» получил патент на полезную модель тележки с "
                "уменьшенной строительной высотой, которая увеличивает высоту подъёма "
                "мостовых кранов в существующих зданиях."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Во многих старых зданиях расстояние от подкранового рельса "
                        "до ферм покрытия ограничено, и стандартная тележка «съедает» "
                        "значительную часть доступной высоты подъёма крюка. Наши "
                        "конструкторы разработали тележку, в которой барабан "
                        "расположен между главными балками, а редуктор механизма "
                        "подъёма встроен в барабан. В результате крюк поднимается на "
                        "600–900 мм выше, чем у обычной тележки той же "
                        "грузоподъёмности.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Конструкция уже применяется на кранах грузоподъёмностью от "
                        "10 до 50 тонн, в том числе в проектах модернизации, где новая "
                        "тележка устанавливается на существующий мост. Для заказчиков "
                        "это часто означает возможность работать с более высокими "
                        "грузами или оборудованием в том же здании без дорогостоящей "
                        "реконструкции покрытия.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Идея появилась благодаря конкретному заказчику, которому "
                            "не хватало полуметра высоты подъёма. Теперь мы предлагаем "
                            "это решение как стандартную опцию."
                        ),
                        "author": "Игорь Белов, главный конструктор",
                    },
                ),
            ],
        },
    },
    {
        "slug": "service-contracts-cover-400-cranes",
        "topic": "achievements",
        "days_ago": 305,
        "image": "chart",
        "tags": ["service"],
        "author": {"en": "Maria Sokolova", "ru": "Мария Соколова"},
        "en": {
            "title": "Service contracts now cover more than 400 cranes",
            "lead": (
                "The number of cranes and hoists under long-term maintenance contracts "
                "with Uralkran Engineering has exceeded 400 units at 70 customer sites."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Three years ago, the service division maintained about 150 "
                        "cranes, most of them of our own production. Today almost 40 "
                        "percent of the equipment under contract was made by other "
                        "manufacturers, including imported cranes for which spare "
                        "parts and service have become harder to obtain. Customers are "
                        "increasingly choosing comprehensive contracts with a fixed "
                        "monthly fee instead of paying for individual call-outs.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Indicator", "Three years ago", "Now"],
                        "rows": [
                            ["Cranes under contract", "150", "over 400"],
                            ["Customer sites", "28", "70"],
                            ["Share of third-party equipment", "15%", "38%"],
                            ["Average emergency response time", "11 h", "6 h"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>This growth required expanding both the team and the spare "
                        "parts warehouse. The service division now employs more than "
                        "120 specialists, and the warehouse holds over 6,000 items. "
                        "The next goal is to connect at least half of the cranes under "
                        "contract to remote monitoring.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Сервисные договоры охватывают более 400 кранов",
            "lead": (
                "Число кранов и талей на долгосрочном техническом обслуживании "
                "«Уралкран Инжиниринг» превысило 400 единиц на 70 площадках заказчиков."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Три года назад сервисное подразделение обслуживало около "
                        "150 кранов, в основном собственного производства. Сегодня "
                        "почти 40 процентов оборудования по договорам выпущено другими "
                        "производителями, в том числе это импортные краны, для которых "
                        "стало сложнее получить запчасти и сервис. Заказчики всё чаще "
                        "выбирают комплексные договоры с фиксированной ежемесячной "
                        "оплатой вместо оплаты отдельных выездов.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Показатель", "Три года назад", "Сейчас"],
                        "rows": [
                            ["Кранов на обслуживании", "150", "более 400"],
                            ["Площадок заказчиков", "28", "70"],
                            ["Доля оборудования других производителей", "15%", "38%"],
                            [
                                "Среднее время реагирования на аварийный вызов",
                                "11 ч",
                                "6 ч",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Рост потребовал расширить и команду, и склад запчастей. "
                        "Сейчас в сервисном подразделении работают более 120 "
                        "специалистов, а на складе хранится более 6000 позиций. "
                        "Следующая цель — подключить к удалённому мониторингу не менее "
                        "половины кранов на обслуживании.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "best-supplier-award-from-izumrud-plant",
        "topic": "achievements",
        "days_ago": 345,
        "image": "award",
        "tags": ["awards", "metallurgy"],
        "author": {"en": "Elena Kuznetsova", "ru": "Елена Кузнецова"},
        "en": {
            "title": (
                "Izumrud plant names Uralkran Engineering its best equipment supplier"
            ),
            "lead": (
                "The Izumrud metallurgical plant has recognised Uralkran Engineering "
                "as its best supplier of the year in the Lifting and Handling "
                "Equipment category."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The plant evaluates its suppliers every year against a set "
                        "of criteria: on-time delivery, product quality, completeness "
                        "of documentation, service response and cooperation during "
                        "commissioning. Over the year, we supplied or modernised nine "
                        "cranes for the plant, all delivered on schedule and "
                        "commissioned without complaints. Our service team also "
                        "completed an emergency repair of a melt shop crane in 14 "
                        "hours, avoiding production losses.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The award was presented at the plant's annual suppliers' "
                        "conference. This recognition is especially valuable to us "
                        "because it comes from a customer who works with our equipment "
                        "every day in one of the most demanding environments.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We value suppliers who not only meet deadlines but also "
                            "take responsibility when something goes wrong. Uralkran "
                            "has shown this many times."
                        ),
                        "author": (
                            "Procurement director of the Izumrud metallurgical plant"
                        ),
                    },
                ),
            ],
        },
        "ru": {
            "title": (
                "Завод «Изумруд» назвал «Уралкран Инжиниринг» лучшим поставщиком "
                "оборудования"
            ),
            "lead": (
                "Металлургический завод «Изумруд» признал «Уралкран Инжиниринг» лучшим "
                "поставщиком года в номинации «Подъёмно-транспортное оборудование»."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Завод ежегодно оценивает поставщиков по набору критериев: "
                        "соблюдение сроков поставки, качество продукции, комплектность "
                        "документации, оперативность сервиса и взаимодействие при "
                        "пусконаладке. За год мы поставили или модернизировали для "
                        "завода девять кранов — все они были поставлены в срок и "
                        "введены в эксплуатацию без замечаний. Кроме того, наша "
                        "сервисная бригада за 14 часов выполнила аварийный ремонт "
                        "крана в сталеплавильном цехе, что позволило избежать потерь "
                        "производства.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Награду вручили на ежегодной конференции поставщиков "
                        "завода. Для нас это признание особенно ценно, потому что оно "
                        "исходит от заказчика, который каждый день работает с нашим "
                        "оборудованием в одних из самых сложных условий.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Мы ценим поставщиков, которые не только соблюдают сроки, "
                            "но и берут на себя ответственность, когда что-то идёт не "
                            "так. «Уралкран» не раз это доказывал."
                        ),
                        "author": (
                            "Директор по закупкам металлургического завода «Изумруд»"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "overhead-crane-market-first-half-review",
        "topic": "market-reviews",
        "days_ago": 33,
        "image": "chart",
        "tags": ["market", "cranes"],
        "author": {"en": "Dmitry Volkov", "ru": "Дмитрий Волков"},
        "en": {
            "title": "Overhead crane market: results of the first half of the year",
            "lead": (
                "Demand for overhead cranes in Russia remained stable in the first "
                "half of the year, as growth in metallurgy and logistics offset a "
                "decline in construction materials."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Uralkran Engineering analysts estimate that Russian "
                        "industrial enterprises ordered about 2,300 overhead cranes in "
                        "the first half of the year, 4 percent more than in the same "
                        "period last year. Growth was driven by metallurgy and "
                        "logistics, while orders from construction materials producers "
                        "fell. Heavy cranes with capacities above 50 tonnes showed the "
                        "strongest growth.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Segment", "Units ordered", "Change y/y"],
                        "rows": [
                            ["Metallurgy", "520", "+9%"],
                            ["Machine building", "610", "+3%"],
                            ["Logistics and warehouses", "430", "+12%"],
                            ["Energy", "180", "+2%"],
                            ["Construction materials", "290", "−8%"],
                            ["Other industries", "270", "−1%"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The average lead time for double-girder cranes increased "
                        "to five to seven months because of long deliveries of drives "
                        "and control components. Prices rose by 6–8 percent year on "
                        "year, mainly due to the cost of components. For the second "
                        "half of the year we expect demand to stay at the current "
                        "level, with a possible increase in modernisation orders.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Рынок мостовых кранов: итоги первого полугодия",
            "lead": (
                "Спрос на мостовые краны в России в первом полугодии оставался "
                "стабильным: рост в металлургии и логистике компенсировал спад в "
                "производстве стройматериалов."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>По оценкам аналитиков «Уралкран Инжиниринг», в первом "
                        "полугодии российские промышленные предприятия заказали около "
                        "2300 мостовых кранов — на 4 процента больше, чем за тот же "
                        "период прошлого года. Рост обеспечили металлургия и "
                        "логистика, тогда как заказы производителей строительных "
                        "материалов сократились. Наибольший рост показали тяжёлые "
                        "краны грузоподъёмностью свыше 50 тонн.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Сегмент",
                            "Заказано, ед.",
                            "Изменение к прошлому году",
                        ],
                        "rows": [
                            ["Металлургия", "520", "+9%"],
                            ["Машиностроение", "610", "+3%"],
                            ["Логистика и склады", "430", "+12%"],
                            ["Энергетика", "180", "+2%"],
                            ["Стройматериалы", "290", "−8%"],
                            ["Прочие отрасли", "270", "−1%"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Средний срок изготовления двухбалочных кранов вырос до "
                        "пяти-семи месяцев из-за длительных поставок приводов и "
                        "комплектующих систем управления. Цены выросли на 6–8 "
                        "процентов в годовом выражении, в основном за счёт стоимости "
                        "комплектующих. Во втором полугодии мы ожидаем сохранения "
                        "спроса на текущем уровне с возможным ростом заказов на "
                        "модернизацию.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "port-handling-equipment-demand-outlook",
        "topic": "market-reviews",
        "days_ago": 73,
        "image": "port",
        "tags": ["market", "ports"],
        "author": {"en": "Anna Smirnova", "ru": "Анна Смирнова"},
        "en": {
            "title": "Port handling equipment: demand outlook for the next three years",
            "lead": (
                "The redistribution of cargo flows towards the Baltic, Azov–Black Sea "
                "and Far Eastern ports is generating steady demand for cranes and "
                "handling equipment."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Russian seaports continue to invest in new berths and "
                        "terminals, especially for bulk cargo, containers and "
                        "fertilisers. We estimate that terminal operators will need "
                        "around 250–300 new gantry and portal cranes over the next "
                        "three years, as well as the modernisation of several hundred "
                        "existing machines. Far Eastern ports account for the largest "
                        "share of planned investment.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Port basin",
                            "Estimated demand for new cranes, units",
                            "Main cargo types",
                        ],
                        "rows": [
                            ["Baltic", "70–85", "Fertilisers, coal, containers"],
                            ["Azov–Black Sea", "60–70", "Grain, metals, containers"],
                            ["Far East", "90–110", "Containers, coal"],
                            ["Arctic", "15–20", "Coal, general cargo"],
                            ["Caspian", "10–15", "Grain, containers"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Customers increasingly require equipment with proven "
                        "performance in severe climates, energy-efficient drives and "
                        "remote diagnostics. Domestic manufacturers are strengthening "
                        "their position in gantry cranes of up to 50 tonnes, while "
                        "heavy portal cranes and ship-to-shore container cranes are "
                        "still largely supplied from abroad. Delivery times and the "
                        "availability of local service have become decisive factors in "
                        "choosing a supplier.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Портовое перегрузочное оборудование: прогноз спроса на три года",
            "lead": (
                "Перераспределение грузопотоков в сторону балтийских, "
                "азово-черноморских и дальневосточных портов формирует устойчивый "
                "спрос на краны и перегрузочную технику."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Российские морские порты продолжают инвестировать в новые "
                        "причалы и терминалы, особенно для навалочных грузов, "
                        "контейнеров и удобрений. По нашим оценкам, в ближайшие три "
                        "года операторам терминалов потребуется около 250–300 новых "
                        "козловых и портальных кранов, а также модернизация нескольких "
                        "сотен действующих машин. Наибольшая доля запланированных "
                        "инвестиций приходится на дальневосточные порты.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Бассейн",
                            "Оценка спроса на новые краны, ед.",
                            "Основные грузы",
                        ],
                        "rows": [
                            ["Балтийский", "70–85", "Удобрения, уголь, контейнеры"],
                            [
                                "Азово-Черноморский",
                                "60–70",
                                "Зерно, металлы, контейнеры",
                            ],
                            ["Дальневосточный", "90–110", "Контейнеры, уголь"],
                            ["Арктический", "15–20", "Уголь, генеральные грузы"],
                            ["Каспийский", "10–15", "Зерно, контейнеры"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Заказчики всё чаще требуют технику с подтверждённой "
                        "работоспособностью в суровом климате, энергоэффективными "
                        "приводами и удалённой диагностикой. Отечественные "
                        "производители укрепляют позиции в сегменте козловых кранов "
                        "грузоподъёмностью до 50 тонн, тогда как тяжёлые портальные "
                        "краны и причальные контейнерные перегружатели по-прежнему в "
                        "основном поставляются из-за рубежа. Решающими факторами при "
                        "выборе поставщика стали сроки поставки и наличие местного "
                        "сервиса.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "electric-hoist-market-structure",
        "topic": "market-reviews",
        "days_ago": 113,
        "image": "chart",
        "tags": ["market", "hoists"],
        "author": {"en": "Sergey Petrov", "ru": "Сергей Петров"},
        "en": {
            "title": "The electric hoist market: structure by capacity and type",
            "lead": (
                "Our review of the Russian electric hoist market shows that light "
                "chain hoists are the fastest-growing segment, driven by warehouses "
                "and small manufacturers."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>We estimate the Russian market for electric hoists at "
                        "around 38,000 units per year. Wire rope hoists lead in value "
                        "thanks to their higher capacities and use on crane bridges, "
                        "while chain hoists lead in the number of units sold. Most of "
                        "the demand comes from small and medium-sized enterprises, "
                        "repair shops and warehouses.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Capacity", "Share of units sold", "Dominant type"],
                        "rows": [
                            ["Up to 1 t", "34%", "Chain"],
                            ["1–3.2 t", "31%", "Chain / wire rope"],
                            ["3.2–5 t", "18%", "Wire rope"],
                            ["5–10 t", "12%", "Wire rope"],
                            ["Over 10 t", "5%", "Wire rope"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Sales of chain hoists with capacities up to 2 tonnes grew "
                        "by around 15 percent last year, while the wire rope hoist "
                        "segment grew by 5 percent. Buyers are paying more attention "
                        "to frequency-controlled models and built-in load counters, "
                        "which were previously found only in the premium segment. "
                        "Domestic manufacturers are increasing their share in wire "
                        "rope hoists, whereas imported products still dominate the "
                        "chain hoist segment.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Рынок электрических талей: структура по грузоподъёмности и типам",
            "lead": (
                "Наш обзор российского рынка электрических талей показывает, что "
                "быстрее всего растёт сегмент лёгких цепных талей — за счёт складов и "
                "небольших производств."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Мы оцениваем российский рынок электрических талей примерно "
                        "в 38 000 единиц в год. В денежном выражении лидируют канатные "
                        "тали благодаря большей грузоподъёмности и применению на "
                        "мостовых кранах, а по количеству проданных единиц — цепные. "
                        "Основной спрос формируют малые и средние предприятия, "
                        "ремонтные мастерские и склады.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Грузоподъёмность",
                            "Доля в продажах, шт.",
                            "Преобладающий тип",
                        ],
                        "rows": [
                            ["До 1 т", "34%", "Цепные"],
                            ["1–3,2 т", "31%", "Цепные / канатные"],
                            ["3,2–5 т", "18%", "Канатные"],
                            ["5–10 т", "12%", "Канатные"],
                            ["Свыше 10 т", "5%", "Канатные"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Продажи цепных талей грузоподъёмностью до 2 тонн в прошлом "
                        "году выросли примерно на 15 процентов, а сегмент канатных "
                        "талей — на 5 процентов. Покупатели всё чаще обращают внимание "
                        "на модели с частотным управлением и встроенными счётчиками "
                        "нагружения, которые раньше встречались только в премиальном "
                        "сегменте. Отечественные производители наращивают долю в "
                        "канатных талях, тогда как в сегменте цепных талей по-прежнему "
                        "преобладает импортная продукция.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "crane-service-market-outpaces-new-sales",
        "topic": "market-reviews",
        "days_ago": 153,
        "image": "engineers",
        "tags": ["market", "service"],
        "author": {"en": "Olga Morozova", "ru": "Ольга Морозова"},
        "en": {
            "title": (
                "The crane service market is growing faster than new equipment sales"
            ),
            "lead": (
                "As crane fleets age and imported equipment becomes harder to "
                "maintain, spending on service, repair and modernisation keeps rising."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>We estimate the Russian market for maintenance, repair and "
                        "modernisation of lifting equipment at about 50 billion "
                        "roubles a year, growing by 8–10 percent annually, which is "
                        "faster than sales of new cranes. The main drivers are the "
                        "ageing of the fleet, stricter enforcement of industrial "
                        "safety requirements and the need to find new service "
                        "providers for imported equipment. Modernisation is the "
                        "fastest-growing segment.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Service segment", "Share of market", "Growth y/y"],
                        "rows": [
                            ["Scheduled maintenance", "34%", "+6%"],
                            ["Repair and spare parts", "31%", "+7%"],
                            ["Modernisation", "20%", "+16%"],
                            ["Expert examination and diagnostics", "10%", "+9%"],
                            ["Runway surveys and repairs", "5%", "+8%"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The market remains highly fragmented: alongside the "
                        "service divisions of manufacturers, it includes hundreds of "
                        "small regional companies. Large customers increasingly prefer "
                        "comprehensive contracts with a single contractor responsible "
                        "for the entire crane fleet at a site. This trend favours "
                        "companies with their own engineering resources, spare parts "
                        "stocks and a regional presence.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Рынок сервиса кранов растёт быстрее продаж нового оборудования",
            "lead": (
                "По мере старения кранового парка и усложнения обслуживания импортной "
                "техники расходы на сервис, ремонт и модернизацию продолжают расти."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Мы оцениваем российский рынок технического обслуживания, "
                        "ремонта и модернизации грузоподъёмного оборудования примерно "
                        "в 50 млрд рублей в год с ежегодным ростом на 8–10 процентов — "
                        "это быстрее, чем растут продажи новых кранов. Основные "
                        "драйверы — старение парка, более строгий контроль выполнения "
                        "требований промышленной безопасности и необходимость искать "
                        "новых сервисных подрядчиков для импортной техники. Быстрее "
                        "всего растёт сегмент модернизации.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": ["Сегмент", "Доля рынка", "Рост к прошлому году"],
                        "rows": [
                            ["Плановое техническое обслуживание", "34%", "+6%"],
                            ["Ремонт и запчасти", "31%", "+7%"],
                            ["Модернизация", "20%", "+16%"],
                            ["Экспертиза и диагностика", "10%", "+9%"],
                            ["Обследование и ремонт подкрановых путей", "5%", "+8%"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Рынок остаётся сильно фрагментированным: наряду с "
                        "сервисными подразделениями производителей на нём работают "
                        "сотни небольших региональных компаний. Крупные заказчики всё "
                        "чаще предпочитают комплексные договоры с одним подрядчиком, "
                        "который отвечает за весь крановый парк площадки. Эта "
                        "тенденция играет на руку компаниям с собственными инженерными "
                        "ресурсами, складами запчастей и региональным присутствием.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "metallurgy-investment-and-crane-demand",
        "topic": "market-reviews",
        "days_ago": 193,
        "image": "steel",
        "tags": ["market", "metallurgy"],
        "author": {"en": "Igor Belov", "ru": "Игорь Белов"},
        "en": {
            "title": (
                "Metallurgy investment programmes and demand for lifting equipment"
            ),
            "lead": (
                "Steel companies are focusing investment on modernising existing "
                "shops, which is shaping demand for heavy overhead cranes and crane "
                "upgrades."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Metallurgical companies remain among the largest buyers of "
                        "heavy lifting equipment. Their current investment programmes "
                        "prioritise the reconstruction of melting and rolling shops "
                        "over the construction of new plants. For crane suppliers, "
                        "this means more orders for replacing and modernising cranes "
                        "in operating shops, with strict requirements to complete "
                        "installation during short planned shutdowns.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Crane type",
                            "Share of metallurgy orders, %",
                            "Trend",
                        ],
                        "rows": [
                            ["Casting (ladle) cranes", "12", "Stable"],
                            ["Magnet and grab cranes", "22", "Growing"],
                            [
                                "General-purpose cranes in rolling shops",
                                "38",
                                "Growing",
                            ],
                            [
                                "Cranes for repair bays and auxiliary shops",
                                "28",
                                "Stable",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The most demanding segment is casting cranes, where "
                        "customers require redundant mechanisms, special heat "
                        "protection and full compliance with safety rules for handling "
                        "molten metal. Only a few domestic manufacturers have "
                        "experience in this segment. Demand for magnet cranes is "
                        "growing with the expansion of scrap processing and finished "
                        "product warehouses.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": (
                "Инвестпрограммы металлургов и спрос на грузоподъёмное оборудование"
            ),
            "lead": (
                "Металлургические компании сосредоточили инвестиции на модернизации "
                "действующих цехов — это определяет спрос на тяжёлые мостовые краны и "
                "модернизацию кранового парка."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Металлургические компании остаются одними из крупнейших "
                        "покупателей тяжёлого грузоподъёмного оборудования. В их "
                        "текущих инвестиционных программах приоритет отдан "
                        "реконструкции сталеплавильных и прокатных цехов, а не "
                        "строительству новых заводов. Для поставщиков кранов это "
                        "означает больше заказов на замену и модернизацию кранов в "
                        "действующих цехах — с жёсткими требованиями уложить монтаж в "
                        "короткие плановые остановы.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Тип крана",
                            "Доля в заказах металлургов, %",
                            "Тенденция",
                        ],
                        "rows": [
                            ["Литейные краны", "12", "Стабильно"],
                            ["Магнитные и грейферные краны", "22", "Рост"],
                            ["Краны общего назначения в прокатных цехах", "38", "Рост"],
                            [
                                "Краны ремонтных пролётов и вспомогательных цехов",
                                "28",
                                "Стабильно",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Самый сложный сегмент — литейные краны: заказчики требуют "
                        "резервирования механизмов, специальной теплозащиты и полного "
                        "соответствия правилам безопасности при работе с расплавленным "
                        "металлом. Опыт в этом сегменте есть лишь у нескольких "
                        "отечественных производителей. Спрос на магнитные краны растёт "
                        "вместе с расширением переработки металлолома и складов "
                        "готовой продукции.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "warehouse-construction-and-crane-demand",
        "topic": "market-reviews",
        "days_ago": 233,
        "image": "warehouse",
        "tags": ["market", "logistics"],
        "author": {"en": "Elena Kuznetsova", "ru": "Елена Кузнецова"},
        "en": {
            "title": "Warehouse construction boom: what it means for crane demand",
            "lead": (
                "Record volumes of new warehouse space are creating a new category of "
                "crane customers: developers and operators of logistics parks."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Warehouse construction in Russia has been growing for "
                        "several years in a row, driven by e-commerce, import "
                        "substitution and the restructuring of supply chains. Most new "
                        "space consists of standard class A warehouses for palletised "
                        "goods, but a growing share is built to suit specific "
                        "manufacturing and distribution companies. It is in this "
                        "segment that cranes are most often included in the project "
                        "from the outset.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Region",
                            "New warehouse space per year, thousand m² (est.)",
                            "Share of projects with cranes",
                        ],
                        "rows": [
                            ["Moscow region", "3,900", "8%"],
                            ["St Petersburg region", "1,100", "10%"],
                            ["Urals", "650", "17%"],
                            ["Siberia", "480", "15%"],
                            ["Volga region", "720", "12%"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The Urals stand out with the highest share of warehouses "
                        "equipped with cranes, which reflects the structure of the "
                        "regional economy: metal products, machinery and industrial "
                        "equipment make up a large share of stored goods. For crane "
                        "suppliers, working with developers requires a different "
                        "approach, with standardised solutions, fast delivery and "
                        "coordination of crane loads with the building design at the "
                        "earliest stage.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": (
                "Бум складского строительства: что он означает для спроса на краны"
            ),
            "lead": (
                "Рекордные объёмы ввода складских площадей формируют новую категорию "
                "заказчиков кранов — девелоперов и операторов логистических парков."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Складское строительство в России растёт несколько лет "
                        "подряд благодаря электронной торговле, импортозамещению и "
                        "перестройке цепочек поставок. Большая часть новых площадей — "
                        "типовые склады класса А для товаров на паллетах, но растёт "
                        "доля зданий, которые строят под конкретные производственные и "
                        "дистрибьюторские компании. Именно в этом сегменте краны чаще "
                        "всего закладывают в проект с самого начала.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Регион",
                            "Ввод складских площадей в год, тыс. м² (оценка)",
                            "Доля проектов с кранами",
                        ],
                        "rows": [
                            ["Московский регион", "3900", "8%"],
                            ["Санкт-Петербург и область", "1100", "10%"],
                            ["Урал", "650", "17%"],
                            ["Сибирь", "480", "15%"],
                            ["Поволжье", "720", "12%"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Урал выделяется самой высокой долей складов с кранами, что "
                        "отражает структуру экономики региона: значительную часть "
                        "хранимых грузов составляют металлопродукция, машины и "
                        "промышленное оборудование. Для поставщиков кранов работа с "
                        "девелоперами требует иного подхода — типовых решений, быстрой "
                        "поставки и согласования крановых нагрузок с проектом здания "
                        "на самом раннем этапе.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "lead-times-for-crane-components",
        "topic": "market-reviews",
        "days_ago": 273,
        "image": "gears",
        "tags": ["market", "steel"],
        "author": {"en": "Maria Sokolova", "ru": "Мария Соколова"},
        "en": {
            "title": "Lead times for crane components: where the bottlenecks are",
            "lead": (
                "We analysed our suppliers' delivery times for key crane components "
                "over the past year. Control electronics and large gearboxes remain "
                "the main bottlenecks."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The lead time of a crane is determined not by welding the "
                        "steel structure but by the slowest component delivery. Over "
                        "the past year, delivery times for most mechanical components "
                        "have stabilised, but frequency converters, controllers and "
                        "radio control systems still take several months to arrive. "
                        "Large gearboxes for heavy cranes also remain a bottleneck "
                        "because few manufacturers produce them.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Component",
                            "Typical lead time, weeks",
                            "Change over the year",
                        ],
                        "rows": [
                            ["Steel plate and beams", "2–4", "Unchanged"],
                            ["Crane motors", "6–10", "Shorter"],
                            ["Gearboxes for cranes up to 20 t", "8–12", "Unchanged"],
                            ["Gearboxes for heavy cranes", "16–24", "Longer"],
                            ["Frequency converters", "10–16", "Shorter"],
                            ["Radio control systems", "8–14", "Unchanged"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>To reduce the impact of long lead times, we keep a buffer "
                        "stock of the most common drives and converters and order "
                        "long-lead components as soon as the technical specification "
                        "is agreed. We recommend that customers plan crane purchases "
                        "at least six to eight months before the required installation "
                        "date, especially for heavy cranes.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Сроки поставки комплектующих для кранов: где узкие места",
            "lead": (
                "Мы проанализировали сроки поставки ключевых комплектующих от наших "
                "поставщиков за последний год. Главными узкими местами остаются "
                "управляющая электроника и крупные редукторы."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Срок изготовления крана определяет не сварка "
                        "металлоконструкций, а самая долгая поставка комплектующих. За "
                        "последний год сроки поставки большинства механических узлов "
                        "стабилизировались, однако преобразователи частоты, "
                        "контроллеры и системы радиоуправления по-прежнему приходят "
                        "через несколько месяцев. Узким местом остаются и крупные "
                        "редукторы для тяжёлых кранов, которые выпускают немногие "
                        "производители.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Комплектующие",
                            "Типичный срок поставки, недель",
                            "Изменение за год",
                        ],
                        "rows": [
                            ["Листовой прокат и балки", "2–4", "Без изменений"],
                            ["Крановые двигатели", "6–10", "Сократился"],
                            ["Редукторы для кранов до 20 т", "8–12", "Без изменений"],
                            ["Редукторы для тяжёлых кранов", "16–24", "Вырос"],
                            ["Преобразователи частоты", "10–16", "Сократился"],
                            ["Системы радиоуправления", "8–14", "Без изменений"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Чтобы снизить влияние длительных сроков, мы держим "
                        "страховой запас самых востребованных приводов и "
                        "преобразователей и размещаем заказы на позиции с долгой "
                        "поставкой сразу после согласования технического задания. "
                        "Заказчикам мы рекомендуем планировать закупку кранов не менее "
                        "чем за шесть-восемь месяцев до требуемой даты монтажа, "
                        "особенно если речь идёт о тяжёлых кранах.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "lifting-equipment-for-energy-sector",
        "topic": "market-reviews",
        "days_ago": 313,
        "image": "factory",
        "tags": ["market", "energy"],
        "author": {"en": "Dmitry Volkov", "ru": "Дмитрий Волков"},
        "en": {
            "title": "Lifting equipment for the energy sector: market review",
            "lead": (
                "Power plant modernisation programmes and new generating capacity "
                "support demand for turbine hall overhead cranes and gantry cranes at "
                "hydropower plants."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Energy companies are carrying out programmes to modernise "
                        "thermal power plants built between the 1960s and the 1980s, "
                        "including the replacement of turbines and boilers. Such "
                        "projects almost always require an overhaul or replacement of "
                        "the turbine hall cranes, which must lift the heaviest "
                        "components during installation. Hydropower plants, in turn, "
                        "are upgrading the gantry cranes that operate spillway gates "
                        "and trash racks.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Equipment",
                            "Typical capacity",
                            "Estimated annual demand, units",
                        ],
                        "rows": [
                            ["Turbine hall overhead cranes", "50–200 t", "25–35"],
                            ["Hydropower gantry cranes", "2×63 – 2×250 t", "8–12"],
                            ["Cranes for auxiliary buildings", "5–32 t", "120–150"],
                            ["Modernisation of existing cranes", "—", "80–100"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The energy sector places special demands on precision: "
                        "turbine rotors and generator stators must be lowered with "
                        "millimetre accuracy, which requires micro-speed control and "
                        "sometimes synchronised operation of two cranes. Reliability "
                        "requirements are also high, since a crane failure during a "
                        "planned outage can delay the restart of a power unit.</p>"
                    ),
                ),
            ],
        },
        "ru": {
            "title": "Грузоподъёмное оборудование для энергетики: обзор рынка",
            "lead": (
                "Программы модернизации электростанций и ввод новых генерирующих "
                "мощностей поддерживают спрос на мостовые краны машинных залов и "
                "козловые краны гидроэлектростанций."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Энергокомпании реализуют программы модернизации тепловых "
                        "электростанций, построенных в 1960–1980-е годы, включая "
                        "замену турбин и котлов. Такие проекты почти всегда требуют "
                        "капитального ремонта или замены кранов машинных залов, "
                        "которые должны поднимать самые тяжёлые узлы при монтаже. "
                        "Гидроэлектростанции, в свою очередь, обновляют козловые "
                        "краны, обслуживающие затворы водосбросов и сороудерживающие "
                        "решётки.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Оборудование",
                            "Типичная грузоподъёмность",
                            "Оценка годового спроса, ед.",
                        ],
                        "rows": [
                            ["Мостовые краны машинных залов", "50–200 т", "25–35"],
                            ["Козловые краны ГЭС", "2×63 – 2×250 т", "8–12"],
                            ["Краны вспомогательных зданий", "5–32 т", "120–150"],
                            ["Модернизация действующих кранов", "—", "80–100"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Энергетика предъявляет особые требования к точности: "
                        "роторы турбин и статоры генераторов нужно опускать с "
                        "миллиметровой точностью, что требует микроскоростей, а иногда "
                        "и синхронной работы двух кранов. Высоки и требования к "
                        "надёжности: отказ крана во время планового ремонта может "
                        "задержать пуск энергоблока.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "annual-lifting-equipment-market-review",
        "topic": "market-reviews",
        "days_ago": 353,
        "image": "chart",
        "tags": ["market"],
        "author": {"en": "Anna Smirnova", "ru": "Анна Смирнова"},
        "en": {
            "title": "Annual review of the Russian lifting equipment market",
            "lead": (
                "The lifting equipment market grew in value last year on the back of "
                "higher prices and strong demand for modernisation, while unit sales "
                "of new cranes were almost flat."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>By our estimates, the Russian market for industrial cranes "
                        "and hoists, excluding mobile and tower cranes, reached about "
                        "145 billion roubles last year, up 11 percent. Most of the "
                        "growth came from higher prices for components and steel, "
                        "while unit sales of new overhead and gantry cranes rose by "
                        "only 2 percent. The service and modernisation segment grew "
                        "faster than the market as a whole.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Segment",
                            "Market volume, bn roubles",
                            "Change y/y",
                        ],
                        "rows": [
                            ["Overhead cranes", "68", "+9%"],
                            ["Gantry cranes", "19", "+7%"],
                            ["Electric hoists", "14", "+10%"],
                            ["Service, repair and modernisation", "44", "+16%"],
                            ["Total", "145", "+11%"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>For the coming year, we expect moderate growth of 5–7 "
                        "percent in value terms. The key drivers will be investment "
                        "programmes in metallurgy and energy, the expansion of port "
                        "capacity and continued warehouse construction. The main risks "
                        "are long lead times for electronic components and the high "
                        "cost of financing for customers' investment projects.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "The market is shifting from buying new cranes to managing "
                            "the life cycle of existing ones. Suppliers who can offer "
                            "both will have the advantage."
                        ),
                        "author": "Dmitry Volkov, market analyst, Uralkran Engineering",
                    },
                ),
            ],
        },
        "ru": {
            "title": "Годовой обзор российского рынка грузоподъёмного оборудования",
            "lead": (
                "В прошлом году рынок грузоподъёмного оборудования вырос в денежном "
                "выражении благодаря росту цен и высокому спросу на модернизацию, а "
                "продажи новых кранов в штуках почти не изменились."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>По нашим оценкам, российский рынок промышленных кранов и "
                        "талей (без учёта мобильных и башенных кранов) в прошлом году "
                        "составил около 145 млрд рублей, увеличившись на 11 процентов. "
                        "Основная часть роста пришлась на подорожание комплектующих и "
                        "металла, тогда как продажи новых мостовых и козловых кранов в "
                        "штуках выросли лишь на 2 процента. Сегмент сервиса и "
                        "модернизации рос быстрее рынка в целом.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "header": [
                            "Сегмент",
                            "Объём рынка, млрд руб.",
                            "Изменение к прошлому году",
                        ],
                        "rows": [
                            ["Мостовые краны", "68", "+9%"],
                            ["Козловые краны", "19", "+7%"],
                            ["Электрические тали", "14", "+10%"],
                            ["Сервис, ремонт и модернизация", "44", "+16%"],
                            ["Итого", "145", "+11%"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>В наступающем году мы ожидаем умеренного роста на 5–7 "
                        "процентов в денежном выражении. Ключевыми драйверами станут "
                        "инвестиционные программы металлургов и энергетиков, "
                        "расширение портовых мощностей и продолжение складского "
                        "строительства. Главные риски — длительные сроки поставки "
                        "электронных компонентов и высокая стоимость финансирования "
                        "инвестиционных проектов заказчиков.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Рынок смещается от покупки новых кранов к управлению "
                            "жизненным циклом действующих. Преимущество получат "
                            "поставщики, способные предложить и то, и другое."
                        ),
                        "author": (
                            "Дмитрий Волков, аналитик рынка «Уралкран Инжиниринг»"
                        ),
                    },
                ),
            ],
        },
    },
]
