using Serilog.Core;
using Serilog.Events;

namespace CollectionSite.Cli;

/// <summary>
/// The console's log events, which can be held back while the live progress display owns the terminal: a warning written
/// to stderr in the middle of a redraw would tear the display apart. Held events are written, in order, the moment the
/// hold ends (so an aborted run's one line still reaches stderr, after the display's last frame); the log file gets every
/// event as it happens either way.
/// </summary>
public sealed class ConsoleLogHold : ILogEventSink
{
    private readonly Lock gate = new();
    private readonly List<LogEvent> held = [];
    private ILogEventSink? console;
    private int holds;

    /// <summary>Where events go when not held (the console sink); set once by <see cref="LoggingSetup"/>.</summary>
    internal void WriteTo(ILogEventSink sink) => console = sink;

    public void Emit(LogEvent logEvent)
    {
        lock (gate)
        {
            if (holds > 0)
            {
                held.Add(logEvent);
                return;
            }

            console?.Emit(logEvent);
        }
    }

    /// <summary>Holds console events back until the returned scope is disposed.</summary>
    public IDisposable Hold()
    {
        lock (gate)
        {
            holds++;
        }

        return new Release(this);
    }

    private void End()
    {
        lock (gate)
        {
            if (--holds > 0)
            {
                return;
            }

            foreach (var logEvent in held)
            {
                console?.Emit(logEvent);
            }

            held.Clear();
        }
    }

    private sealed class Release(ConsoleLogHold hold) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                hold.End();
            }
        }
    }
}
