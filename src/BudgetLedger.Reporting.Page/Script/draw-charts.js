// Draws the page's charts from the JSON in #chart-data with the inlined Chart.js; figures are 万元.
(function () {
  'use strict';
  var palette = ['#2f6db5', '#d9822b', '#3a9a5b', '#b5443b', '#7b5ea7', '#8c6d46', '#c7639d', '#6b7b8c'];
  var figure = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var charts = JSON.parse(document.getElementById('chart-data').textContent);
  Chart.defaults.font.family = '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
  charts.forEach(function (spec) {
    var canvas = document.getElementById('chart-' + spec.id);
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (d, i) {
          return { label: d.label, data: d.data, backgroundColor: palette[i % palette.length] };
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: spec.stacked },
          y: { stacked: spec.stacked, beginAtZero: true, title: { display: true, text: '万元' } }
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: function (c) { return c.dataset.label + ': ' + figure.format(c.parsed.y) + ' 万元'; }
            }
          }
        }
      }
    });
  });
}());
