global using BudgetLedger.EventStore.Appending;
global using BudgetLedger.EventStore.Positions;
global using BudgetLedger.EventStore.Reading;
global using BudgetLedger.EventStore.Streams;
global using BudgetLedger.EventStore.TamperEvidence;
