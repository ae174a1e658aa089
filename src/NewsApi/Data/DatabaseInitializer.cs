using Microsoft.Extensions.Options;
using NewsApi.Infrastructure;
using NewsApi.Ingestion;

namespace NewsApi.Data;

/// <summary>
/// Migrates the database and loads the seeds before the server takes its first request (StartingAsync runs
/// before any hosted service starts, the web server included).
/// </summary>
public sealed class DatabaseInitializer(DatabaseMigrator migrator, SeedLoader seeds, IOptions<NewsApiOptions> options) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        if (options.Value.SeedOnStartup)
        {
            await seeds.LoadAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
