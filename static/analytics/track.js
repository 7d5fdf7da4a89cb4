// What only the browser knows: time on page and scroll depth (sent once, when the
// page is left), outbound clicks, poll and questionnaire views. No cookie, no third party.
(function () {
  var me = document.currentScript, endpoint = me.dataset.endpoint;
  var page = parseInt(me.dataset.page, 10) || null;
  var shown = Date.now(), engaged = 0, depth = 0, sent = false;
  function send(name, extra) {
    var data = { n: name, u: location.href, p: page };
    for (var key in extra) data[key] = extra[key];
    var body = JSON.stringify(data);
    if (!(navigator.sendBeacon && navigator.sendBeacon(endpoint, body))) {
      fetch(endpoint, { method: "POST", body: body, keepalive: true });
    }
  }
  function scrolled() {
    var el = document.documentElement, seen = window.scrollY + window.innerHeight;
    depth = Math.max(depth, Math.min(100, Math.round(100 * seen / el.scrollHeight)));
  }
  function leave() {
    if (document.visibilityState === "hidden" && shown) {
      engaged += Date.now() - shown;
      shown = 0;
      if (!sent) {
        sent = true;
        send("engagement", { es: Math.min(86400, Math.round(engaged / 1000)), sd: depth });
      }
    } else if (document.visibilityState === "visible") {
      shown = Date.now();
    }
  }
  scrolled();
  window.addEventListener("scroll", scrolled, { passive: true });
  document.addEventListener("visibilitychange", leave);
  window.addEventListener("pagehide", function () { sent || leave(); });
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (link && link.host && link.host !== location.host) send("outbound", { t: link.host });
  });
  document.querySelectorAll("[data-poll],[data-questionnaire]").forEach(function (el) {
    var poll = el.dataset.poll;
    send(poll ? "poll_viewed" : "questionnaire_viewed", { t: poll || el.dataset.questionnaire });
  });
  window.portalAnalytics = function (name, target) { send(name, { t: String(target || "") }); };
})();
