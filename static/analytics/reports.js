// Draws the audience report's chart from the page's json_script data: the admin's
// CSP allows no inline script.
(function () {
  "use strict";

  function draw() {
    var source = document.getElementById("audience-chart-data");
    var canvas = document.getElementById("audience-chart");
    if (!source || !canvas || typeof window.Chart === "undefined") {
      return;
    }
    var data = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: "line",
      data: {
        labels: data.labels,
        datasets: data.datasets.map(function (dataset) {
          return {
            label: dataset.label,
            data: dataset.data,
            tension: 0.2,
            pointRadius: data.labels.length > 60 ? 0 : 2,
          };
        }),
      },
      options: {
        responsive: true,
        interaction: { mode: "index", intersect: false },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }

  // The "now" figures refresh every 30 seconds without reloading the page.
  function refreshRealtime() {
    var box = document.querySelector("[data-realtime-url]");
    if (!box) {
      return;
    }
    window.setInterval(function () {
      fetch(box.dataset.realtimeUrl, { credentials: "same-origin" })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (data) {
          if (!data) {
            return;
          }
          box.querySelector('[data-realtime="visitors"]').textContent = data.visitors;
          box.querySelector('[data-realtime="pageviews"]').textContent = data.pageviews;
          box.querySelector('[data-realtime="pages"]').textContent = data.pages
            .slice(0, 3)
            .map(function (page) {
              return page.path + " (" + page.visitors + ")";
            })
            .join(", ");
        })
        .catch(function () {});
    }, 30000);
  }

  function start() {
    draw();
    refreshRealtime();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
