using Microsoft.AspNetCore.Http;

namespace CollectionSite.Tests.Fakes;

/// <summary>How a reply's body leaves: all at once, cut off mid-way (<see cref="FakeDiscogsReply.CutOffAfterBytes"/>), or in a slow drip.</summary>
public sealed partial class FakeDiscogsServer
{
    private static async Task WriteBodyAsync(HttpResponse response, FakeDiscogsReply reply, byte[] bytes, CancellationToken cancellationToken)
    {
        if (reply.CutOffAfterBytes is { } cut)
        {
            // The headers promised every byte; the connection dies after a part: the client must see a broken body, not a short one.
            await response.Body.WriteAsync(bytes.AsMemory(0, Math.Min(cut, bytes.Length)), cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
            response.HttpContext.Abort();
            return;
        }

        if (reply.DripInterval is { } interval)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                await response.Body.WriteAsync(bytes.AsMemory(i, 1), cancellationToken);
                await response.Body.FlushAsync(cancellationToken);
                await Task.Delay(interval, cancellationToken);
            }

            return;
        }

        await response.Body.WriteAsync(bytes, cancellationToken);
    }
}
