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
        const call = CALLS[element.dataset.adminInit];
        if (!call) {
            console.error("admin-init: unknown call", element.dataset.adminInit);
            return;
        }
        call(...JSON.parse(element.textContent));
    }

    function startWithin(node) {
        if (node.nodeType !== Node.ELEMENT_NODE) return;
        if (node.matches(SELECTOR)) start(node);
        node.querySelectorAll(SELECTOR).forEach(start);
    }

    // Parsed content once it is complete (an element's text may still be
    // arriving while the parser inserts it); later content as it is added.
    document.addEventListener("DOMContentLoaded", () => {
        startWithin(document.documentElement);
        new MutationObserver((records) => {
            records.forEach((record) => record.addedNodes.forEach(startWithin));
        }).observe(document.documentElement, { childList: true, subtree: true });
    });
})();
