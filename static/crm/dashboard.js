// Draws the customer dashboard's charts from the page's json_script data: the
// admin's CSP allows no inline script. Months with too few answers to trust are
// drawn grey, and their tooltips give the sample size.
(function () {
  "use strict";

  var GREY = "rgba(128, 128, 128, 0.6)";
  var BAND = "rgba(0, 125, 126, 0.15)";
  var LINE = "rgb(0, 125, 126)";

  function scoreChart(canvas, labels, series, margin, sampleNote, min, max) {
    var colours = series.lowSample.map(function (low) {
      return low ? GREY : LINE;
    });
    new window.Chart(canvas, {
      type: "line",
      data: {
        labels: labels,
        datasets: [
          {
            label: margin,
            data: series.low,
            borderWidth: 0,
            pointRadius: 0,
            fill: false,
          },
          {
            label: margin,
            data: series.high,
            borderWidth: 0,
            pointRadius: 0,
            backgroundColor: BAND,
            fill: "-1",
          },
          {
            label: series.label,
            data: series.score,
            borderColor: LINE,
            pointBackgroundColor: colours,
            pointBorderColor: colours,
            pointRadius: 4,
            spanGaps: true,
            tension: 0.2,
          },
        ],
      },
      options: {
        responsive: true,
        interaction: { mode: "index", intersect: false },
        plugins: {
          legend: {
            labels: {
              filter: function (item) {
                return item.datasetIndex !== 0;
              },
            },
          },
          tooltip: {
            callbacks: {
              footer: function (items) {
                var index = items.length ? items[0].dataIndex : 0;
                return sampleNote.replace("%(n)s", series.n[index]);
              },
            },
          },
        },
        scales: { y: { suggestedMin: min, suggestedMax: max } },
      },
    });
  }

  function barChart(canvas, labels, datasets) {
    new window.Chart(canvas, {
      type: "bar",
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true,
        interaction: { mode: "index", intersect: false },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }

  function draw() {
    var source = document.getElementById("crm-dashboard-data");
    if (!source || typeof window.Chart === "undefined") {
      return;
    }
    var data = JSON.parse(source.textContent);
    var nps = document.getElementById("crm-nps-chart");
    var csat = document.getElementById("crm-csat-chart");
    var complaints = document.getElementById("crm-complaints-chart");
    if (nps) {
      scoreChart(nps, data.labels, data.nps, data.margin, data.sampleNote, -100, 100);
    }
    if (csat) {
      scoreChart(csat, data.labels, data.csat, data.margin, data.sampleNote, 0, 100);
    }
    if (complaints) {
      barChart(complaints, data.labels, [
        { label: data.complaints.openedLabel, data: data.complaints.opened },
        { label: data.complaints.resolvedLabel, data: data.complaints.resolved },
      ]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
