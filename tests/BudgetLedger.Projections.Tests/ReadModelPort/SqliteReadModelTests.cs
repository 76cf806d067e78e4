using BudgetLedger.Projections.Storage;
using BudgetLedger.Projections.Storage.Sqlite;

namespace BudgetLedger.Projections.Tests.ReadModelPort;

public sealed class SqliteReadModelTests : ReadModelContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budget-ledger-readmodels-").FullName;

    protected override Func<ReadModelStore> NewPlace()
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.readmodels");
        return () => SqliteReadModels.Open(path);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
