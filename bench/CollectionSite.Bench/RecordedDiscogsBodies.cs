namespace CollectionSite.Bench;

/// <summary>
/// The recorded Discogs bodies (in the fixtures' discogs folder) that synthetic collections are cloned from: three
/// releases (6 to 54 KB), two masters and three artists, so payload sizes and shapes are real ones.
/// </summary>
internal static class RecordedDiscogsBodies
{
    public static readonly string[] Releases = ["release_249504.json", "release_6145364_modern_auth_2023.json", "release_6895819_unauth_two_artists_track_artists.json"];

    public static readonly string[] Masters = ["master_1000.json", "master_33687_ricbra_2014.json"];

    public static readonly string[] Artists = ["artist_108713.json", "artist_45_ricbra_2014.json", "artist_2_joalla_no_images_members.json"];
}
