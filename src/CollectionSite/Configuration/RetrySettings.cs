namespace CollectionSite.Configuration;

/// <summary>Retry: how often an item that keeps failing is tried, one try per run, before it becomes a dead letter.</summary>
public sealed class RetrySettings : ISettingsSection
{
    public const int DefaultMaxAttempts = 5;

    public string SectionName => "Retry";

    /// <summary>Failed runs after which an item is dead-lettered (not tried until `retry` or --retry-failed).</summary>
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;

    public IEnumerable<string> Secrets => [];

    public void Read(ConfigurationValues values, SettingsRequirement requirement) =>
        MaxAttempts = values.WholeNumber("Retry:MaxAttempts", MaxAttempts, 1, 100);
}
