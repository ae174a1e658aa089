using Microsoft.Extensions.Options;
using NewsApi.Data;
using NewsApi.Ingestion;

namespace NewsApi.Infrastructure;

/// <summary>
/// Migrates the database and loads the seeds, each under a cross-instance lock, before the server takes its first request (StartingAsync runs
/// before any hosted service starts, the web server included).
/// </summary>
public sealed class DatabaseInitializer(DatabaseMigrator migrator, SeedLoader seeds, NewsStore store, IOptions<NewsApiOptions> options) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        if (options.Value.SeedOnStartup)
        {
            // Under a lock every instance respects: instances starting together store each seed once (and do not
            // all analyse it only to find it stored).
            await store.RunExclusiveAsync("seed", _ => seeds.LoadAsync(cancellationToken), cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
