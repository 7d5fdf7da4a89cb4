import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from tests.conftest import require

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "locale" / "ru" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")


def catalog(entries):
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr
        or tuple(sorted(entry.msgstr_plural.items()))
        for entry in entries
        if entry.msgid and not entry.obsolete
    }


def test_every_string_is_translated_to_russian():
    po = polib.pofile(str(PO))
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []


def test_compiled_translation_is_not_stale():
    assert catalog(polib.mofile(str(MO))) == catalog(polib.pofile(str(PO))), (
        "locale/ru/LC_MESSAGES/django.mo is stale: run `make messages`"
    )


def test_every_project_string_is_in_the_catalogue(tmp_path):
    require("GNU gettext", None if shutil.which("xgettext") else "xgettext is missing")
    for name in (
        "manage.py",
        "portal",
        "cms",
        "surveys",
        "analytics",
        "crm",
        "templates",
        "locale",
    ):
        source = ROOT / name
        copy = shutil.copytree if source.is_dir() else shutil.copy
        copy(source, tmp_path / name)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "--locale",
            "ru",
            "--no-obsolete",
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    fresh = polib.pofile(str(tmp_path / "locale" / "ru" / "LC_MESSAGES" / "django.po"))
    committed = polib.pofile(str(PO))
    missing = {entry.msgid for entry in fresh} - {entry.msgid for entry in committed}
    assert not missing, (
        f"strings missing from the Russian catalogue (run `make messages`): {missing}"
    )


@pytest.mark.django_db
def test_russian_pages_speak_russian(client, site_tree):
    html = client.get("/ru/").content.decode()
    assert '<html lang="ru">' in html
    for text in ("Последние новости", "Перейти к содержанию", "Поиск по сайту"):
        assert text in html
    html = client.get("/ru/news/").content.decode()
    assert "Все новости" in html and "Подписаться" in html
    html = client.get("/en/news/").content.decode()
    assert "All news" in html and "Все новости" not in html
