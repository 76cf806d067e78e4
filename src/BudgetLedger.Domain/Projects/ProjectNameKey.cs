namespace BudgetLedger.Domain.Projects;

/// <summary>
/// A project name with punctuation, spaces and a trailing 费 set aside and its characters sorted: names that
/// drift between years (工伤业务保险经办费, 工伤保险业务经办费) share it.
/// </summary>
public static class ProjectNameKey
{
    public static string Of(string name)
    {
        var text = new string(name.Where(char.IsLetterOrDigit).ToArray());
        text = text.EndsWith('费') ? text[..^1] : text;
        var sorted = text.ToCharArray();
        Array.Sort(sorted);
        return new string(sorted);
    }
}
