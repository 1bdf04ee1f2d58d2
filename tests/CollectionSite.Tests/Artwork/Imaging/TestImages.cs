using NetVips;

namespace CollectionSite.Tests.Artwork.Imaging;

/// <summary>
/// Real image files made with libvips for a test: gradients with noise (so encoders work as on a photo), flat
/// colour patches (so colours can be checked), and the awkward kinds covers come in (CMYK, grey, 16-bit, alpha,
/// EXIF-rotated, misnamed, extreme aspect ratios).
/// </summary>
internal sealed class TestImages(string folder)
{
    public string Folder { get; } = folder;

    /// <summary>An 8-bit sRGB picture: red rises left to right, green top to bottom, blue is noise.</summary>
    public static Image Pattern(int width, int height)
    {
        using var xy = Image.Xyz(width, height);
        using var red = xy[0] * (255.0 / width);
        using var green = xy[1] * (255.0 / height);
        using var blue = Image.Gaussnoise(width, height, mean: 128, sigma: 40);
        using var joined = red.Bandjoin(green, blue);
        using var eightBit = joined.Cast(Enums.BandFormat.Uchar);
        return eightBit.Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>A flat image of one colour (any number of bands) with the given interpretation.</summary>
    public static Image Flat(int width, int height, double[] colour, Enums.Interpretation interpretation, Enums.BandFormat format = Enums.BandFormat.Uchar)
    {
        using var black = Image.Black(width, height, colour.Length);
        using var filled = black + colour;
        using var cast = filled.Cast(format);
        return cast.Copy(interpretation: interpretation);
    }

    /// <summary>Side-by-side flat patches, one per colour, each <paramref name="patch"/> px square.</summary>
    public static Image Patches(int patch, params double[][] colours)
    {
        var tiles = colours.Select(colour => Flat(patch, patch, colour, Enums.Interpretation.Srgb)).ToArray();
        try
        {
            using var row = Image.Arrayjoin(tiles);
            return row.Copy(interpretation: Enums.Interpretation.Srgb);
        }
        finally
        {
            foreach (var tile in tiles)
            {
                tile.Dispose();
            }
        }
    }

    public string Jpeg(string name, int width, int height, bool progressive = false)
    {
        using var image = Pattern(width, height);
        return Save(name, path => image.Jpegsave(path, q: 90, interlace: progressive));
    }

    public string Png(string name, int width, int height)
    {
        using var image = Pattern(width, height);
        return Save(name, path => image.Pngsave(path));
    }

    /// <summary>A PNG whose left half is opaque pattern and right half fully transparent (colour underneath: black).</summary>
    public string PngWithAlpha(string name, int width, int height)
    {
        using var image = Pattern(width, height);
        using var xy = Image.Xyz(width, height);
        using var alpha = (xy[0] < width / 2).Cast(Enums.BandFormat.Uchar);
        using var black = image * 0;
        using var rgb = (xy[0] < width / 2).Ifthenelse(image, black);
        using var joined = rgb.Cast(Enums.BandFormat.Uchar).Bandjoin(alpha);
        using var tagged = joined.Copy(interpretation: Enums.Interpretation.Srgb);
        return Save(name, path => tagged.Pngsave(path));
    }

    /// <summary>A CMYK JPEG made by converting <paramref name="srgb"/> through libvips' CMYK profile, which is embedded (or stripped).</summary>
    public string CmykJpeg(string name, Image srgb, bool embedProfile)
    {
        using var cmyk = srgb.IccTransform("cmyk", intent: Enums.Intent.Relative);
        return Save(name, path => cmyk.Jpegsave(path, q: 95, keep: embedProfile ? Enums.ForeignKeep.All : Enums.ForeignKeep.None));
    }

    /// <summary>A CMYK JPEG of one ink mix (0..255 each of C, M, Y, K) with no profile.</summary>
    public string FlatCmykJpeg(string name, double[] inks)
    {
        using var cmyk = Flat(64, 64, inks, Enums.Interpretation.Cmyk);
        return Save(name, path => cmyk.Jpegsave(path, q: 95, keep: Enums.ForeignKeep.None));
    }

    /// <summary>An RGB JPEG whose pixels are <paramref name="srgb"/> converted to Display P3, with the P3 profile embedded.</summary>
    public string DisplayP3Jpeg(string name, Image srgb)
    {
        using var p3 = srgb.IccTransform("p3", intent: Enums.Intent.Relative);
        return Save(name, path => p3.Jpegsave(path, q: 95, keep: Enums.ForeignKeep.Icc));
    }

    public string GreyJpeg(string name, int width, int height)
    {
        using var pattern = Pattern(width, height);
        using var grey = pattern.Colourspace(Enums.Interpretation.Bw);
        return Save(name, path => grey.Jpegsave(path, q: 90));
    }

    /// <summary>A 16-bit RGB PNG of one colour given in 16-bit values.</summary>
    public string Png16(string name, int width, int height, double[] colour)
    {
        using var image = Flat(width, height, colour, Enums.Interpretation.Rgb16, Enums.BandFormat.Ushort);
        return Save(name, path => image.Pngsave(path, bitdepth: 16));
    }

    /// <summary>
    /// A JPEG stored <paramref name="width"/>×<paramref name="height"/> with EXIF orientation 6 (display turned 90°
    /// clockwise) and a red block in the stored top-left corner, which a viewer shows top-right.
    /// </summary>
    public string RotatedJpeg(string name, int width, int height)
    {
        using var pattern = Pattern(width, height);
        using var red = Flat(width / 4, height / 4, [255, 0, 0], Enums.Interpretation.Srgb);
        using var marked = pattern.Insert(red, 0, 0);
        using var tagged = marked.Mutate(mutable => mutable.Set(GValue.GIntType, "orientation", 6));
        return Save(name, path => tagged.Jpegsave(path, q: 90));
    }

    public string Bytes(string name, byte[] content) => Save(name, path => File.WriteAllBytes(path, content));

    private string Save(string name, Action<string> write)
    {
        var path = Path.Combine(Folder, name);
        write(path);
        return path;
    }
}
