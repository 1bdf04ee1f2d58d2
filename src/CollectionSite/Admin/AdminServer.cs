using CollectionSite.Hosting;
using CollectionSite.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Admin;

/// <summary>
/// The admin web app (`collectionsite admin`): Kestrel on <see cref="AdminOptions.Address"/>, the same composition as the
/// CLI (<see cref="CollectionSiteServices.AddCollectionSite"/>) plus the admin's services, antiforgery, and a backup
/// taken before the first request is served.
/// </summary>
public sealed class AdminServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private AdminServer(WebApplication app, Uri url, BackupResult backup)
    {
        this.app = app;
        Url = url;
        StartupBackup = backup;
    }

    /// <summary>The address it answers on (with the real port when 0 was asked for).</summary>
    public Uri Url { get; }

    /// <summary>The backup taken at start.</summary>
    public BackupResult StartupBackup { get; }

    public IServiceProvider Services => app.Services;

    /// <exception cref="AdminPortInUseException">The port is in use on the address; nothing was backed up.</exception>
    public static async Task<AdminServer> StartAsync(HostInputs inputs, AdminOptions options, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.AddCollectionSite(inputs);
        builder.Services.AddSingleton<ILoggerFactory>(new QuietHostingLoggerFactory(inputs.LoggerFactory));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<AdminGate>();
        builder.Services.AddSingleton<AdminCatalog>();
        builder.Services.AddSingleton<AlbumPages>();
        builder.Services.AddSingleton<CoverUploads>();
        builder.Services.AddSingleton<AdminReporter>();
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<Curation>(
            sp,
            (Func<long, CancellationToken, Task<bool>>)sp.GetRequiredService<AdminCatalog>().IsKnownReleaseAsync,
            (Func<string, CancellationToken, Task<System.Net.IPAddress[]>>)System.Net.Dns.GetHostAddressesAsync));
        // Form tokens live as long as the admin runs; nothing to keep on disk (and no key to leak) between starts.
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "collectionsite-admin-antiforgery");
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = CoverUploads.MaxBytes + (64 * 1024));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = CoverUploads.MaxBytes + (1024 * 1024);
            kestrel.Listen(options.Address, options.Port);
        });

        var app = builder.Build();
        // The port is bound first (a busy port must not cost a backup slot), but no request is served before the backup is taken.
        var backupTaken = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Use(async (context, next) =>
        {
            await backupTaken.Task.WaitAsync(context.RequestAborted);
            await next(context);
        });
        app.Use((context, next) => AdminAccess.GuardAsync(context, options, () => next(context)));
        app.Use(AdminRefusals.HandleAsync);
        AdminEndpoints.MapPages(app);
        AdminActions.MapActions(app);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException ex) when (ex.InnerException is AddressInUseException)
        {
            await app.DisposeAsync();
            throw new AdminPortInUseException(options.Address, options.Port, ex);
        }

        try
        {
            // The state is saved before anyone can change it here.
            var backup = await app.Services.GetRequiredService<StateBackup>().CreateAsync(options.BackupDirectory, options.KeepBackups, cancellationToken);
            backupTaken.SetResult();
            var url = new Uri(app.Urls.First().Replace("[::]", "localhost", StringComparison.Ordinal));
            return new AdminServer(app, url, backup);
        }
        catch
        {
            backupTaken.TrySetCanceled(CancellationToken.None);
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Serves until <paramref name="cancellationToken"/> is cancelled (Ctrl+C), then stops.</summary>
    public async Task RunUntilCancelledAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
