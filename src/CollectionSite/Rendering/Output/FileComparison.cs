namespace CollectionSite.Rendering.Output;

/// <summary>Byte comparison of a wanted file with what is on disk, reading as little as possible.</summary>
internal static class FileComparison
{
    /// <summary>True when <paramref name="path"/> exists and holds exactly the bytes <paramref name="file"/> would write.</summary>
    public static async Task<bool> SameAsync(OutputFile file, string path, string? recordedFingerprint, string fingerprint, CancellationToken cancellationToken)
    {
        var target = new FileInfo(path);
        if (!target.Exists)
        {
            return false;
        }

        if (file.Content is { } content)
        {
            if (target.Length != content.Length)
            {
                return false;
            }

            var onDisk = await File.ReadAllBytesAsync(path, cancellationToken);
            return content.AsSpan().SequenceEqual(onDisk);
        }

        var source = new FileInfo(file.SourcePath!);
        if (target.Length != source.Length)
        {
            return false;
        }

        // Same size and the same content hash as the copy recorded: no need to read two images.
        return recordedFingerprint == fingerprint || await SameBytesAsync(source.FullName, path, cancellationToken);
    }

    private static async Task<bool> SameBytesAsync(string left, string right, CancellationToken cancellationToken)
    {
        await using var a = File.OpenRead(left);
        await using var b = File.OpenRead(right);
        var bufferA = new byte[81920];
        var bufferB = new byte[81920];
        while (true)
        {
            var read = await a.ReadAtLeastAsync(bufferA, bufferA.Length, throwOnEndOfStream: false, cancellationToken);
            var readB = await b.ReadAtLeastAsync(bufferB, bufferB.Length, throwOnEndOfStream: false, cancellationToken);
            if (read != readB || !bufferA.AsSpan(0, read).SequenceEqual(bufferB.AsSpan(0, readB)))
            {
                return false;
            }

            if (read == 0)
            {
                return true;
            }
        }
    }
}
