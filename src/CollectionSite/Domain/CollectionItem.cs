namespace CollectionSite.Domain;

/// <summary>One owned copy of a release. The same release owned twice is two items with one release id.</summary>
public sealed record CollectionItem(
    long InstanceId,
    long ReleaseId,
    int FolderId,
    DateTimeOffset DateAdded,
    int Rating,
    IReadOnlyList<CollectionNote> Notes)
{
    /// <summary>The listing's summary of the release (basic_information); null for copies not listed since it was kept.</summary>
    public ListedRelease? Listing { get; init; }
}

/// <summary>A value of one of the owner's custom collection fields (media condition, notes, ...).</summary>
public sealed record CollectionNote(int FieldId, string Value);

/// <summary>One page of the collection listing, with the pagination totals the server reported.</summary>
public sealed record CollectionPage(int Page, int Pages, int TotalItems, int PerPage, IReadOnlyList<CollectionItem> Items);

/// <summary>The account the token belongs to.</summary>
public sealed record DiscogsIdentity(long Id, string Username);
