namespace CollectionSite.Cli;

/// <summary>How log events are written (--log-format).</summary>
public enum LogFormat
{
    /// <summary>One readable line per event ("[WRN] ..."); the log file adds timestamps and stack traces.</summary>
    Text,

    /// <summary>One JSON object per line (Serilog's rendered compact format: @t, @m, @l, @x and the event's properties),
    /// on stderr and in the log file, secrets masked. Progress and the summary stay on stdout as plain text.</summary>
    Json,
}
