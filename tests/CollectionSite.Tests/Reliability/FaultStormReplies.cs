using Reply = System.Func<System.Net.Http.HttpRequestMessage, System.Threading.CancellationToken, System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage>>;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// Transport faults as a stub handler serves them (<see cref="EndToEnd.StubHost.Fail"/>): each is what a real socket does
/// to HttpClient, so the production handler and translation meet the same exceptions and streams as on the wire.
/// Waits run on the fake clock, so a timeout is decided by the attempt's own timer, never by the machine's speed.
/// </summary>
internal static class FaultStormReplies
{
    /// <summary>429, with Retry-After in seconds when given (Spotify's and Wikimedia's way), without it otherwise (Apple's).</summary>
    public static Reply RateLimited(int? retryAfterSeconds) => (_, _) => Task.FromResult(Json(
        HttpStatusCode.TooManyRequests,
        """{"error":{"status":429,"message":"API rate limit exceeded"}}""",
        response =>
        {
            if (retryAfterSeconds is { } seconds)
            {
                response.Headers.Add("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }));

    public static Reply Status(HttpStatusCode status) => (_, _) => Task.FromResult(Json(status, """{"error":"upstream"}"""));

    /// <summary>A proxy's HTML page, with an error status or with 200.</summary>
    public static Reply Html(HttpStatusCode status) => (_, _) => Task.FromResult(new HttpResponseMessage(status)
    {
        Content = new StringContent("<html><head><title>502 Bad Gateway</title></head><body><center><h1>Bad Gateway</h1></center></body></html>", Encoding.UTF8, "text/html"),
    });

    /// <summary>The peer resets the connection before any answer.</summary>
    public static Reply Reset() => (_, _) => throw new HttpRequestException(
        HttpRequestError.ConnectionError, "An error occurred while sending the request.", new IOException("Connection reset by peer", new SocketException((int)SocketError.ConnectionReset)));

    /// <summary>No answer at all: only the caller's timeout (or cancellation) ends the wait.</summary>
    public static Reply Stalled() => async (_, cancellationToken) =>
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        throw new InvalidOperationException("unreachable");
    };

    /// <summary>200 that declares the real body's length, sends half of it and then loses the connection.</summary>
    public static Reply CutOff(Func<HttpRequestMessage, HttpResponseMessage> real) => (request, _) =>
    {
        var (bytes, type) = Body(real(request));
        return Task.FromResult(Streamed(HttpStatusCode.OK, new BrokenStream(bytes[..(bytes.Length / 2)]), bytes.Length, type));
    };

    /// <summary>200 whose real body arrives one byte per <paramref name="interval"/> of <paramref name="time"/>.</summary>
    public static Reply Drip(Func<HttpRequestMessage, HttpResponseMessage> real, TimeProvider time, TimeSpan interval) => (request, _) =>
    {
        var (bytes, type) = Body(real(request));
        return Task.FromResult(Streamed(HttpStatusCode.OK, new DripStream(bytes, time, interval), bytes.Length, type));
    };

    /// <summary>200 with the first half of the real body, its length declared honestly: a well-delivered but malformed document.</summary>
    public static Reply Truncated(Func<HttpRequestMessage, HttpResponseMessage> real) => (request, _) =>
    {
        var (bytes, type) = Body(real(request));
        return Task.FromResult(Streamed(HttpStatusCode.OK, new MemoryStream(bytes[..(bytes.Length / 2)]), bytes.Length / 2, type));
    };

    public static HttpResponseMessage Json(HttpStatusCode status, string body, Action<HttpResponseMessage>? configure = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        configure?.Invoke(response);
        return response;
    }

    public static HttpResponseMessage Streamed(HttpStatusCode status, Stream body, long? length, string? mediaType)
    {
        var content = new StreamContent(body);
        content.Headers.ContentLength = length;
        if (mediaType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        }

        return new HttpResponseMessage(status) { Content = content };
    }

    private static (byte[] Bytes, string? MediaType) Body(HttpResponseMessage response)
    {
        using (response)
        {
            return (response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult(), response.Content.Headers.ContentType?.ToString());
        }
    }

    /// <summary>Gives its bytes, then fails the next read as a reset socket does mid-body.</summary>
    private sealed class BrokenStream(byte[] head) : MemoryStream(head)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : throw new IOException("The response ended prematurely.", new SocketException((int)SocketError.ConnectionReset));
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            return read > 0 ? read : throw new IOException("The response ended prematurely.");
        }
    }

    /// <summary>One byte per interval on the given clock.</summary>
    private sealed class DripStream(byte[] bytes, TimeProvider time, TimeSpan interval) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => bytes.Length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (position >= bytes.Length || buffer.Length == 0)
            {
                return 0;
            }

            await Task.Delay(interval, time, cancellationToken);
            buffer.Span[0] = bytes[position++];
            return 1;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("a drip is read asynchronously");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
