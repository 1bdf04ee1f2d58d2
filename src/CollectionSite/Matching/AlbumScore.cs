namespace CollectionSite.Matching;

/// <summary>
/// The parts of a candidate's score, each 0..1, and their product (<see cref="Total"/>): a candidate must be right on
/// every count to score high, and any one clear mismatch (another artist, another title) sinks it.
/// </summary>
/// <param name="Title">Title similarity (<see cref="AlbumScorer.TitleScore"/>).</param>
/// <param name="Artist">Artist similarity, or the compilation check for "Various".</param>
/// <param name="Year">1 within a year of the release's or the master's year, less the further off.</param>
/// <param name="Tracks">1 for the same track count, less for more (bonus tracks) and less still for fewer.</param>
/// <param name="Format">1 when album/EP/single and compilation agree, less when they do not.</param>
/// <param name="Edition">1 unless the candidate is a deluxe/expanded or live edition the release is not (or the reverse).</param>
public sealed record AlbumScore(double Title, double Artist, double Year, double Tracks, double Format, double Edition)
{
    public double Total => Math.Round(Title * Artist * Year * Tracks * Format * Edition, 4);
}
