using BudgetLedger.Cli;

return await LedgerCli.Run(args, Console.Out, Console.Error);
