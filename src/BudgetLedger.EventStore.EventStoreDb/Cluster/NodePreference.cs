namespace BudgetLedger.EventStore.EventStoreDb.Cluster;

/// <summary>Which node of a cluster serves reads; writes always go to the leader.</summary>
public enum NodePreference
{
    Leader,
    Follower,
    Random,
}
