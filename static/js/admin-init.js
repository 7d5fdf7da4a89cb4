// Starts the Wagtail admin's widgets (date pickers, choosers, inline panels)
// without inline scripts, so the admin's Content-Security-Policy can forbid them.
// Our overrides of Wagtail's widget and panel templates write what each inline
// script would have run as data:
//   <script type="application/json" data-admin-init="initDateChooser">["id_date", {...}]</script>
// which the browser never executes; this script makes the call. Only the calls
// below can be made, with JSON arguments. Widgets that arrive later (a form
// added to an inline panel, a chooser's modal) are started as they appear.
(function () {
    "use strict";

    const CALLS = {
        initDateChooser: (...args) => window.initDateChooser(...args),
        initTimeChooser: (...args) => window.initTimeChooser(...args),
        initDateTimeChooser: (...args) => window.initDateTimeChooser(...args),
        createTaskChooser: (...args) => window.createTaskChooser(...args),
        // The panels' options come as JSON text, as Wagtail's own script has them.
        InlinePanel: (options) => new window.InlinePanel(JSON.parse(options)),
        MultipleChooserPanel: (options) => new window.MultipleChooserPanel(JSON.parse(options)),
        Chooser: (...args) => new window.Chooser(...args),
        PageChooser: (...args) => new window.PageChooser(...args),
        SnippetChooser: (...args) => new window.SnippetChooser(...args),
        ImageChooser: (...args) => new window.ImageChooser(...args),
        DocumentChooser: (...args) => new window.DocumentChooser(...args),
    };
    const SELECTOR = 'script[type="application/json"][data-admin-init]';
    const started = new WeakSet();

    function start(element) {
        if (started.has(element)) return;
        started.add(element);
        const name = element.dataset.adminInit;
        // One widget failing leaves the others working, as inline scripts did.
        try {
            if (!Object.hasOwn(CALLS, name)) throw new Error("no such call");
            CALLS[name](...JSON.parse(element.textContent));
        } catch (error) {
            console.error("admin-init: could not start", name, error);
        }
    }

    function startWithin(node) {
        if (node.nodeType !== Node.ELEMENT_NODE) return;
        if (node.matches(SELECTOR)) start(node);
        node.querySelectorAll(SELECTOR).forEach(start);
    }

    function startAll() {
        new MutationObserver((records) => {
            records.forEach((record) => record.addedNodes.forEach(startWithin));
        }).observe(document.documentElement, { childList: true, subtree: true });
        startWithin(document.documentElement);
    }

    // The parsed page once it is complete (an element's text may still be
    // arriving while the parser inserts it), but before DOMContentLoaded, when
    // Wagtail's Stimulus controllers connect: inline scripts ran before them too.
    if (document.readyState === "loading") {
        document.addEventListener("readystatechange", startAll, { once: true });
    } else {
        startAll();
    }
    // A form added to an inline panel starts at once, before the observer would
    // see it: a multiple chooser panel fills in the new form's chooser right away.
    document.addEventListener("w-formset:added", (event) => startWithin(event.target));
})();
