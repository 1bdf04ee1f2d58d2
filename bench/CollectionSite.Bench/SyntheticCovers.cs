using System.Globalization;
using NetVips;

namespace CollectionSite.Bench;

/// <summary>
/// Cover-like test images: 1400-2000 px, mostly square, made of a two-colour gradient, large soft blotches, fine
/// grain and a few hard-edged blocks (lettering, frames), so encoders meet the mix of smooth areas, texture and
/// edges a scanned or photographed sleeve has and the files come out at real-world sizes. One in five is a CMYK
/// JPEG with an embedded profile, one in seven a PNG, one in four of the rest a progressive JPEG.
/// </summary>
internal static class SyntheticCovers
{
    /// <summary>Writes <paramref name="count"/> covers into <paramref name="folder"/> (deterministic for a seed) and returns their paths.</summary>
    public static IReadOnlyList<string> Create(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var paths = new string[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var random = new Random(seed + i);
            var width = random.Next(1400, 2001);
            var height = random.Next(10) < 7 ? width : random.Next(1400, 2001);
            using var cover = Cover(width, height, random);
            var name = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"cover-{i:D4}"));
            paths[i] = (i % 5, i % 7) switch
            {
                (0, _) => SaveCmyk(cover, name + ".jpg"),
                (_, 3) => Save(name + ".png", path => cover.Pngsave(path, compression: 6)),
                _ => Save(name + ".jpg", path => cover.Jpegsave(path, q: 92, interlace: i % 4 == 1)),
            };
        });
        return paths;
    }

    /// <summary>Whether cover <paramref name="path"/> was written as CMYK (by its index, as <see cref="Create"/> chose).</summary>
    public static bool IsCmyk(string path) =>
        int.Parse(Path.GetFileNameWithoutExtension(path)["cover-".Length..], CultureInfo.InvariantCulture) % 5 == 0;

    private static Image Cover(int width, int height, Random random)
    {
        double[] from = [.. Colour(random)], to = [.. Colour(random)];
        using var xy = Image.Xyz(width, height);
        using var sum = xy[0] + xy[1];
        using var t = sum / (double)(width + height);
        using var inverse = 1.0 - t;
        using var gradient = (inverse * from) + (t * to);

        // Soft blotches: coarse noise blown up 32x; fine grain: per-pixel noise, as film or paper texture.
        using var coarse = Noise(width / 32 + 1, height / 32 + 1, 3, 35, random);
        using var blotches = coarse.Resize(32, kernel: Enums.Kernel.Linear).Crop(0, 0, width, height);
        using var grain = Image.Gaussnoise(width, height, sigma: 3, mean: 0, seed: random.Next());
        using var picture = gradient + blotches + grain;
        using var eightBit = picture.Cast(Enums.BandFormat.Uchar);
        using var srgb = eightBit.Copy(interpretation: Enums.Interpretation.Srgb);
        return srgb.Mutate(canvas =>
        {
            for (var block = 0; block < 6; block++)
            {
                var w = random.Next(width / 12, width / 2);
                var h = random.Next(height / 40, height / 8);
                canvas.DrawRect([.. Colour(random)], random.Next(width - w), random.Next(height - h), w, h, fill: random.Next(3) > 0);
            }
        });
    }

    private static Image Noise(int width, int height, int bands, double sigma, Random random)
    {
        var planes = Enumerable.Range(0, bands).Select(_ => Image.Gaussnoise(width, height, sigma: sigma, mean: 0, seed: random.Next())).ToArray();
        try
        {
            return planes[0].Bandjoin(planes[1..]);
        }
        finally
        {
            foreach (var plane in planes)
            {
                plane.Dispose();
            }
        }
    }

    private static IEnumerable<double> Colour(Random random) => Enumerable.Range(0, 3).Select(_ => (double)random.Next(20, 236));

    private static string SaveCmyk(Image srgb, string path)
    {
        using var cmyk = srgb.IccTransform("cmyk", intent: Enums.Intent.Relative);
        cmyk.Jpegsave(path, q: 92);
        return path;
    }

    private static string Save(string path, Action<string> write)
    {
        write(path);
        return path;
    }
}
