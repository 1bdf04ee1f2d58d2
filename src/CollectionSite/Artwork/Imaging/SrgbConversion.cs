using NetVips;

namespace CollectionSite.Artwork.Imaging;

/// <summary>
/// Brings a decoded image to 8-bit sRGB (plus alpha when it has one), the only colour space the site serves: the
/// outputs carry no ICC profile, so a browser shows them as sRGB whatever the source was.
/// </summary>
internal static class SrgbConversion
{
    private const string IccField = "icc-profile-data";

    /// <summary>
    /// Converts through the embedded ICC profile when there is one (Adobe RGB, Display P3, a CMYK press profile),
    /// through libvips' built-in CMYK profile for CMYK without one, and by formula otherwise (grey, 16-bit). A
    /// profile lcms cannot parse is ignored rather than rejecting the image. The result keeps no profile.
    /// </summary>
    public static Image ToSrgb(Image image)
    {
        var cmyk = image.Interpretation == Enums.Interpretation.Cmyk;
        if (HasProfile(image) || cmyk)
        {
            try
            {
                // Profiles are parsed when the operation is built, so a broken one throws here, not mid-decode.
                // Relative colourimetric (libvips' and vipsthumbnail's default): colours inside sRGB stay exact.
                using var managed = image.IccTransform("srgb", intent: Enums.Intent.Relative, embedded: true, inputProfile: cmyk ? "cmyk" : "srgb");
                return ToEightBitSrgb(managed);
            }
            catch (VipsException) when (!cmyk)
            {
                // An unreadable RGB or grey profile: fall through and treat the pixels as sRGB, as browsers do.
            }
        }

        return ToEightBitSrgb(image);
    }

    private static bool HasProfile(Image image) => image.Contains(IccField);

    private static Image ToEightBitSrgb(Image image)
    {
        using var srgb = image.Interpretation == Enums.Interpretation.Srgb && image.Format == Enums.BandFormat.Uchar
            ? image.Copy()
            : image.Colourspace(Enums.Interpretation.Srgb);
        using var eightBit = srgb.Format == Enums.BandFormat.Uchar ? srgb.Copy() : srgb.Cast(Enums.BandFormat.Uchar);

        // Drop the profile (now describing sRGB at best) so nothing downstream colour-manages a second time.
        return eightBit.Mutate(mutable => mutable.Remove(IccField));
    }
}
