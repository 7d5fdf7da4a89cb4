// Polls vote in place and show fresh results; questionnaires go step by step.
// Without this script every form still works as a plain post.
(function () {
    "use strict";

    function postForm(form, extra) {
        const data = new FormData(form);
        Object.entries(extra || {}).forEach(([key, value]) => data.set(key, value));
        return fetch(form.action, {
            method: "POST",
            body: data,
            headers: { Accept: "application/json" },
            credentials: "same-origin",
        }).then((response) => response.json().then((body) => ({ status: response.status, body })));
    }

    function element(tag, className, text) {
        const node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
    }

    function renderResults(container, results) {
        const list = element("ul", "bars");
        results.choices.forEach((row) => {
            const item = element("li", "bars__row");
            item.append(element("span", "bars__label", row.text));
            const bar = element("progress", "bars__bar");
            bar.max = 100;
            bar.value = row.percent;
            item.append(bar, element("span", "bars__value", `${Math.round(row.percent)}% (${row.votes})`));
            list.append(item);
        });
        const total = element("p", "bars__total", results.total);
        container.replaceChildren(list, total);
        container.hidden = false;
    }

    function showPollState(poll, state) {
        const form = poll.querySelector(".poll__form");
        if (state.voted && form) form.remove();
        if (state.results) renderResults(poll.querySelector(".poll__results"), state.results);
    }

    function setUpPoll(poll) {
        fetch(poll.dataset.stateUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then((response) => response.json())
            .then((state) => showPollState(poll, state))
            .catch(() => {});
        const form = poll.querySelector(".poll__form");
        if (!form) return;
        form.addEventListener("submit", (event) => {
            event.preventDefault();
            const message = poll.querySelector(".poll__message");
            postForm(form).then(({ body }) => {
                message.textContent = body.message || "";
                message.className = "poll__message " + (body.ok ? "message--success" : "message--error");
                if (body.voted) showPollState(poll, body);
            });
        });
    }

    function setUpQuestionnaire(form) {
        const steps = Array.from(form.querySelectorAll(".questionnaire__step"));
        const attempt = form.querySelector("[name=attempt]");
        if (attempt && !attempt.value && window.crypto && crypto.randomUUID) attempt.value = crypto.randomUUID();
        const back = form.querySelector("[data-back]");
        const next = form.querySelector("[data-next]");
        const submit = form.querySelector("[data-submit]");
        const progress = form.querySelector(".progress");
        let current = 0;
        const reported = new Set();

        function answer(label) {
            const field = form.querySelector(`[data-label="${CSS.escape(label)}"]`);
            if (!field) return [];
            return Array.from(field.querySelectorAll("input, select, textarea"))
                .filter((input) => (input.type === "radio" || input.type === "checkbox" ? input.checked : true))
                .map((input) => input.value);
        }

        function applySkipLogic() {
            form.querySelectorAll("[data-show-if]").forEach((field) => {
                const visible = answer(field.dataset.showIf).includes(field.dataset.showValue);
                field.hidden = !visible;
                field.querySelectorAll("input, select, textarea").forEach((input) => { input.disabled = !visible; });
            });
        }

        function report(step) {
            if (reported.has(step) || !attempt || !attempt.value) return;
            reported.add(step);
            const data = new FormData();
            data.set("attempt", attempt.value);
            data.set("step", step);
            const invitation = form.querySelector("[name=invitation]");
            if (invitation && invitation.value) data.set("invitation", invitation.value);
            fetch(form.dataset.progressUrl, { method: "POST", body: data, credentials: "same-origin" }).catch(() => {});
        }

        function show(index) {
            current = index;
            steps.forEach((step, i) => { step.hidden = i !== index; });
            if (steps.length > 1) {
                back.hidden = index === 0;
                next.hidden = index === steps.length - 1;
                submit.hidden = index !== steps.length - 1;
                progress.hidden = false;
                progress.querySelector(".progress__bar").style.setProperty("--done", `${(100 * index) / steps.length}%`);
                progress.querySelector(".progress__label").textContent = `${index + 1} / ${steps.length}`;
            }
            report(steps[index].dataset.step);
        }

        function stepIsValid() {
            return Array.from(steps[current].querySelectorAll("input, select, textarea"))
                .filter((input) => !input.disabled)
                .every((input) => input.reportValidity());
        }

        // The first answer given counts as a start in the audience report.
        form.addEventListener("input", () => {
            if (window.portalAnalytics) window.portalAnalytics("questionnaire_started", form.dataset.questionnaire);
        }, { once: true });
        form.addEventListener("change", applySkipLogic);
        applySkipLogic();
        if (next) next.addEventListener("click", () => { if (stepIsValid()) show(current + 1); });
        if (back) back.addEventListener("click", () => show(current - 1));
        if (steps.length) show(0);
    }

    document.addEventListener("DOMContentLoaded", () => {
        document.querySelectorAll("[data-poll]").forEach(setUpPoll);
        document.querySelectorAll("form[data-questionnaire]").forEach(setUpQuestionnaire);
    });
})();
