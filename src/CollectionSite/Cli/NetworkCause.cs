using System.Net.Sockets;
using Polly.Timeout;

namespace CollectionSite.Cli;

/// <summary>
/// Names why a call never got an answer, for `doctor`: "DNS failure", "connection refused", "timeout" or another
/// network failure, from the <see cref="HttpRequestException.HttpRequestError"/> and the socket error behind it.
/// </summary>
public static class NetworkCause
{
    /// <summary>"DNS failure (Name or service not known)"-style text, or null when <paramref name="exception"/> is no network failure.</summary>
    public static string? Describe(Exception exception)
    {
        var socket = Find<SocketException>(exception);
        if (Find<TimeoutRejectedException>(exception) is not null || socket?.SocketErrorCode == SocketError.TimedOut)
        {
            return $"timeout ({exception.Message})";
        }

        if (Find<HttpRequestException>(exception) is not { } http)
        {
            return null;
        }

        var detail = socket?.Message ?? http.Message;
        return http.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"DNS failure ({detail})",
            _ when socket?.SocketErrorCode == SocketError.HostNotFound || socket?.SocketErrorCode == SocketError.TryAgain => $"DNS failure ({detail})",
            _ when socket?.SocketErrorCode == SocketError.ConnectionRefused => $"connection refused ({detail})",
            HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError => $"connection failed ({detail})",
            _ => null,
        };
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }
}
