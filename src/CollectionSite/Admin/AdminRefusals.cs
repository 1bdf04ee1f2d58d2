using CollectionSite.Corrections;
using CollectionSite.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CollectionSite.Admin;

/// <summary>
/// Turns the refusals that surface as exceptions into pages: a locked state folder (423), a body over its size limit (413;
/// Kestrel and the form reader throw while the antiforgery check or an action reads the form). Only a cover upload may
/// send up to <see cref="CoverUploads.MaxBytes"/>; every other form is capped at <see cref="FormBytes"/>.
/// </summary>
public static class AdminRefusals
{
    /// <summary>The largest body of a form that is not an upload: the notes field and some room.</summary>
    public const long FormBytes = 256 * 1024;

    public static async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsPost(context.Request.Method)
            && !context.Request.Path.Value!.EndsWith("/cover", StringComparison.Ordinal)
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = FormBytes;
        }

        try
        {
            await next(context);
        }
        catch (StateLockedException ex)
        {
            await AdminPageResults.Refused(StatusCodes.Status423Locked, ex.Message, context.Request.Path).ExecuteAsync(context);
        }
        catch (Exception ex) when (IsTooLarge(ex) && !context.Response.HasStarted)
        {
            var most = context.Request.Path.Value!.EndsWith("/cover", StringComparison.Ordinal) ? CoverUploads.MaxBytes : FormBytes;
            await AdminPageResults.Refused(
                StatusCodes.Status413PayloadTooLarge,
                $"The request was too large: at most {OverrideText.Bytes(most)} is accepted here. Nothing was changed.",
                "/").ExecuteAsync(context);
        }
    }

    // The antiforgery check wraps the form reader's failure (AntiforgeryValidationException), so the cause may be inner.
    private static bool IsTooLarge(Exception? ex) => ex switch
    {
        null => false,
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => true,
        InvalidDataException form when form.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) => true,
        _ => IsTooLarge(ex.InnerException),
    };
}
