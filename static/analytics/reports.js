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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
