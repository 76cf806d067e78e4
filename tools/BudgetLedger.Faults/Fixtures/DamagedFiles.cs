using System.Text;

namespace BudgetLedger.Faults.Fixtures;

/// <summary>Files a careless user might point --store at.</summary>
public static class DamagedFiles
{
    public static string Text(string path)
    {
        File.WriteAllText(path, "my notes on the 2022 budget\nnot a ledger at all\n", Encoding.UTF8);
        return path;
    }

    public static string Empty(string path)
    {
        File.WriteAllBytes(path, []);
        return path;
    }

    /// <summary>The first 3,000 bytes of a real ledger, as a copy cut short would leave it.</summary>
    public static string Truncated(TemplateLedger template, string path)
    {
        File.WriteAllBytes(path, File.ReadAllBytes(template.Path)[..3000]);
        return path;
    }

    /// <summary>A real ledger with 8 KB of random bytes written over its middle.</summary>
    public static string Scribbled(TemplateLedger template, string path, int seed)
    {
        var bytes = File.ReadAllBytes(template.Path);
        var noise = new byte[Math.Min(8192, bytes.Length / 4)];
        new Random(seed).NextBytes(noise);
        noise.CopyTo(bytes, (bytes.Length - noise.Length) / 2);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
