namespace BudgetLedger.Faults.Cases;

/// <summary>A case's own folders: the working directory its commands run in, and a data home beside it.</summary>
public sealed class CaseFolder
{
    public CaseFolder(string root)
    {
        Root = root;
        Cwd = Directory.CreateDirectory(System.IO.Path.Combine(root, "cwd")).FullName;
        DataHome = Directory.CreateDirectory(System.IO.Path.Combine(root, "data")).FullName;
    }

    public string Root { get; }

    public string Cwd { get; }

    /// <summary>$XDG_DATA_HOME for the commands: a server ledger's read models go here, not into $HOME.</summary>
    public string DataHome { get; }

    public string Path(string name) => System.IO.Path.Combine(Cwd, name);
}
