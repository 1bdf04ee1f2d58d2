namespace CollectionSite.Configuration;

/// <summary>Run: limits of one harvest or build (the nightly job's time budget).</summary>
public sealed class RunSettings : ISettingsSection
{
    public const string MaxDurationKey = "Run:MaxDuration";

    public string SectionName => "Run";

    /// <summary>
    /// The run's time budget (Run:MaxDuration or --max-duration, e.g. "5h30m"); null: no limit. No remote request
    /// starts after the budget minus the render reserve, so the run renders what is done and exits 0 in time.
    /// </summary>
    public TimeSpan? MaxDuration { get; set; }

    public IEnumerable<string> Secrets => [];

    public void Read(ConfigurationValues values, SettingsRequirement requirement)
    {
        if (!values.IsSet(MaxDurationKey))
        {
            return;
        }

        var raw = values.OptionalString(MaxDurationKey);
        MaxDuration = (raw is null ? null : DurationText.Parse(raw)) ?? throw new ConfigurationException(
            $"{MaxDurationKey} (--max-duration) must be a duration such as 45s, 20m or 5h30m (hours, minutes, seconds; at least 1s), but is '{raw}' ({values.SourceOf(MaxDurationKey)}).");
    }
}
