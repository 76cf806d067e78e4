namespace BudgetLedger.Cli.Tests.Page;

/// <summary>What the page drew on one canvas: painted pixels, and the chart Chart.js holds for it.</summary>
internal sealed record PageCanvas(string Id, int Painted, int Labels, int Datasets, int Points)
{
    /// <summary>Reads every canvas of the page: pixels not transparent, labels, datasets and non-null points.</summary>
    public const string Script = """
        [...document.querySelectorAll('canvas')].map(c => {
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          let painted = 0;
          for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) painted++;
          const chart = Chart.getChart(c);
          return { id: c.id, painted, labels: chart.data.labels.length, datasets: chart.data.datasets.length,
            points: chart.data.datasets.reduce((n, s) => n + s.data.filter(v => v !== null).length, 0) };
        })
        """;
}
