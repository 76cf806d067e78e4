namespace BudgetLedger.Domain.Units;

/// <summary>主管部门: the department above a unit (209 山西省人力资源和社会保障厅).</summary>
public sealed record SupervisingDepartment(string Code, string Name);
