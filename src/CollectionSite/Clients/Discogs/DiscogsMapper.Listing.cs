using CollectionSite.Clients.Discogs.Models;
using CollectionSite.Domain;

namespace CollectionSite.Clients.Discogs;

/// <summary>The collection listing's basic_information, kept per copy for releases that later answer 404.</summary>
internal static partial class DiscogsMapper
{
    private static ListedRelease? Listed(BasicInformationDto? basic) => basic is null ? null : new ListedRelease(
        basic.Title ?? string.Empty,
        Credits(basic.Artists),
        basic.MasterId is > 0 ? basic.MasterId : null,
        basic.Year is > 0 ? basic.Year : null,
        Strings(basic.Genres),
        Strings(basic.Styles),
        Labels(basic.Labels),
        Formats(basic.Formats),
        Text(basic.CoverImage),
        Text(basic.Thumb));
}
