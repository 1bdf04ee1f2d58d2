namespace CollectionSite.Cli;

/// <summary>
/// One line of `doctor`: "OK subject: detail" or "FAIL subject: detail — fix". Never carries a secret (the command
/// masks every line as well).
/// </summary>
/// <param name="Fix">What to do about a failure; null for OK.</param>
public sealed record DoctorCheck(bool Ok, string Subject, string Detail, string? Fix)
{
    public static DoctorCheck Pass(string subject, string detail) => new(true, subject, detail, null);

    public static DoctorCheck Fail(string subject, string detail, string fix) => new(false, subject, detail, fix);

    public override string ToString() => Ok ? $"OK   {Subject}: {Detail}" : $"FAIL {Subject}: {Detail} — {Fix}";
}
