using CollectionSite.Clients.Discogs.Models;
using CollectionSite.Domain;

namespace CollectionSite.Clients.Discogs;

/// <summary>
/// Wire models to domain records, once, at the client boundary. Discogs' "nothing" values ("" strings,
/// master_id 0, year 0, blank image URIs of unauthenticated responses) become null here.
/// </summary>
internal static partial class DiscogsMapper
{
    private const string MissingDate = "1970-01-01T00:00:00Z";

    public static CollectionPage ToDomain(CollectionPageDto dto, string requestPath)
    {
        var pagination = dto.Pagination ?? throw new DiscogsApiException($"Collection page without pagination ({requestPath}).", null, requestPath);
        var items = (dto.Releases ?? throw new DiscogsApiException($"Collection page without a releases list ({requestPath}).", null, requestPath))
            .Select(i => new CollectionItem(
                i.InstanceId,
                i.Id,
                i.FolderId ?? 0,
                i.DateAdded ?? DateTimeOffset.Parse(MissingDate, System.Globalization.CultureInfo.InvariantCulture),
                i.Rating ?? 0,
                (i.Notes ?? []).Select(n => new CollectionNote(n.FieldId, n.Value ?? string.Empty)).ToList()) { Listing = Listed(i.BasicInformation) })
            .ToList();
        return new CollectionPage(pagination.Page, pagination.Pages, pagination.Items, pagination.PerPage, items);
    }

    public static Release ToDomain(ReleaseDto dto) => new(
        dto.Id,
        dto.Title ?? string.Empty,
        Credits(dto.Artists),
        dto.MasterId is > 0 ? dto.MasterId : null,
        dto.Year is > 0 ? dto.Year : null,
        Text(dto.Released),
        Text(dto.Country),
        Strings(dto.Genres),
        Strings(dto.Styles),
        Labels(dto.Labels),
        Formats(dto.Formats),
        Tracks(dto.Tracklist),
        Credits(dto.ExtraArtists),
        Images(dto.Images),
        (dto.Videos ?? []).Where(v => !string.IsNullOrWhiteSpace(v.Uri))
            .Select(v => new ReleaseVideo(v.Uri!, Text(v.Title), Text(v.Description), v.Duration, v.Embed ?? false)).ToList(),
        (dto.Identifiers ?? []).Where(i => i.Type is not null && i.Value is not null)
            .Select(i => new ReleaseIdentifier(i.Type!, i.Value!, Text(i.Description))).ToList(),
        (dto.Companies ?? []).Where(c => c.Name is not null)
            .Select(c => new CompanyCredit(c.Id ?? 0, c.Name!, Text(c.EntityTypeName), Text(c.CatalogNumber))).ToList(),
        Text(dto.Notes),
        Text(dto.Uri),
        Text(dto.DataQuality));

    public static Master ToDomain(MasterDto dto) => new(
        dto.Id,
        dto.Title ?? string.Empty,
        dto.Year is > 0 ? dto.Year : null,
        dto.MainRelease is > 0 ? dto.MainRelease : null,
        Credits(dto.Artists),
        Strings(dto.Genres),
        Strings(dto.Styles),
        Text(dto.Uri));

    public static Artist ToDomain(ArtistDto dto) => new(
        dto.Id,
        dto.Name ?? string.Empty,
        Text(dto.RealName),
        Text(dto.Profile),
        Strings(dto.Urls),
        Strings(dto.NameVariations),
        Images(dto.Images),
        References(dto.Members),
        References(dto.Groups),
        References(dto.Aliases),
        Text(dto.Uri));

    private static List<ArtistCredit> Credits(List<ArtistCreditDto>? credits) =>
        (credits ?? []).Where(c => !string.IsNullOrEmpty(c.Name))
            .Select(c => new ArtistCredit(c.Id ?? 0, c.Name!, Text(c.Anv), Text(c.Join), Text(c.Role), Text(c.Tracks)))
            .ToList();

    private static List<LabelCredit> Labels(List<LabelDto>? labels) =>
        (labels ?? []).Where(l => l.Name is not null).Select(l => new LabelCredit(l.Id ?? 0, l.Name!, Text(l.CatalogNumber))).ToList();

    private static List<ReleaseFormat> Formats(List<FormatDto>? formats) =>
        (formats ?? []).Where(f => f.Name is not null).Select(f => new ReleaseFormat(f.Name!, Text(f.Quantity), Text(f.Text), Strings(f.Descriptions))).ToList();

    private static List<Track> Tracks(List<TrackDto>? tracks) =>
        (tracks ?? []).Select(t => new Track(
            t.Position?.Trim() ?? string.Empty,
            Text(t.Type) ?? "track",
            t.Title ?? string.Empty,
            Text(t.Duration),
            Credits(t.Artists),
            Credits(t.ExtraArtists),
            Tracks(t.SubTracks))).ToList();

    private static List<RemoteImage> Images(List<ImageDto>? images) =>
        (images ?? []).Select(i => new RemoteImage(Text(i.Type) ?? "secondary", Text(i.Uri), Text(i.Uri150), i.Width ?? 0, i.Height ?? 0)).ToList();

    private static List<ArtistReference> References(List<ArtistReferenceDto>? references) =>
        (references ?? []).Where(r => !string.IsNullOrEmpty(r.Name)).Select(r => new ArtistReference(r.Id ?? 0, r.Name!, r.Active)).ToList();

    private static List<string> Strings(List<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();

    /// <summary>Discogs sends "" for "no value" (anv, join, role, catno, image URIs without credentials).</summary>
    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
