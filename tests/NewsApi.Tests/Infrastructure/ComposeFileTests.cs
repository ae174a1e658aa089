using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using NewsApi.Testing;
using Npgsql;
using YamlDotNet.RepresentationModel;

namespace NewsApi.Tests.Infrastructure;

/// <summary>
/// docker-compose.yml cannot run here (no compose plugin, no image registry), so its parts are checked one by one:
/// the topology and health checks as written, and the API instances' environment by starting two real server
/// processes with exactly that environment over a test PostgreSQL database.
/// </summary>
public sealed class ComposeFileTests
{
    private static YamlMappingNode Root()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(TestData.RepositoryRoot(), "docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlNode Get(YamlNode node, string key) => ((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)Get(node, key);

    private static string Text(YamlNode node, string key) => ((YamlScalarNode)Get(node, key)).Value!;

    [Fact]
    public void PostgreSQL_two_instances_and_a_proxy_each_have_a_health_check_and_start_in_order()
    {
        var services = Map(Root(), "services");
        Assert.Equal(["api1", "api2", "db", "proxy"], services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order());
        var db = Get(services, "db");
        Assert.Contains("pg_isready", string.Join(' ', ((YamlSequenceNode)Get(Get(db, "healthcheck"), "test")).Children.Select(c => c.ToString())), StringComparison.Ordinal);
        Assert.Contains("pgdata:/var/lib/postgresql/data", ((YamlSequenceNode)Get(db, "volumes")).Children.Select(c => c.ToString()));
        Assert.True(Map(Root(), "volumes").Children.ContainsKey(new YamlScalarNode("pgdata")));
        foreach (var api in new[] { "api1", "api2" })
        {
            Assert.Equal("service_healthy", Text(Get(Get(Get(services, api), "depends_on"), "db"), "condition"));
        }

        var proxy = Get(services, "proxy");
        Assert.Equal("service_healthy", Text(Get(Get(proxy, "depends_on"), "api1"), "condition"));
        Assert.Equal("service_healthy", Text(Get(Get(proxy, "depends_on"), "api2"), "condition"));
        Assert.NotNull(Get(proxy, "healthcheck"));

        // The API instances' health check is the image's own (the binary's healthcheck command).
        Assert.Contains("HEALTHCHECK", File.ReadAllText(Path.Combine(TestData.RepositoryRoot(), "Dockerfile")), StringComparison.Ordinal);
        var nginx = Text(Map(Map(Root(), "configs"), "nginx"), "content");
        Assert.Contains("server api1:8080", nginx, StringComparison.Ordinal);
        Assert.Contains("server api2:8080", nginx, StringComparison.Ordinal);
        Assert.Contains("X-Forwarded-For $$proxy_add_x_forwarded_for", nginx, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_environment_of_the_compose_file_runs_two_instances_over_one_postgres_database()
    {
        var environment = Map(Map(Map(Root(), "services"), "api1"), "environment").Children
            .ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => Substitute(((YamlScalarNode)e.Value).Value!));
        Assert.Equal("postgres", environment["NewsApi__Store"]);
        Assert.Equal("postgres", environment["NewsApi__RateLimit__Store"]);

        var database = PostgresServer.Instance.CreateEmptyDatabase();
        var servers = new List<Process>();
        try
        {
            // The compose network's database host is this test's server; every other setting is used as written.
            environment["ConnectionStrings__News"] = database;
            var ports = new[] { LoopbackPort.Free(), LoopbackPort.Free() };
            servers.AddRange(ports.Select(port => Start(environment, port)));
            foreach (var port in ports)
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                await ServerProcesses.WaitUntilHealthyAsync(http, servers);
                Assert.Equal(1, (await http.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("total").GetInt32());
                Assert.Contains("RateLimit-Policy", (await http.PostAsJsonAsync("/api/analyze", new { title = "T", text = "Putin met Obama." })).Headers.Select(h => h.Key));
            }

            await using var connection = new NpgsqlConnection(database);
            Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM articles;")); // the seed, once
            Assert.True(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM rate_limit_windows;") > 0); // the shared counter
        }
        finally
        {
            foreach (var server in servers)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }

            PostgresServer.Instance.DropDatabase(database);
        }
    }

    /// <summary>Compose's <c>${NAME:-default}</c> and <c>${NAME:?message}</c>, with the variables unset.</summary>
    private static string Substitute(string value) =>
        System.Text.RegularExpressions.Regex.Replace(value, @"\$\{([A-Z_]+)(?::-([^}]*)|:\?[^}]*)\}", m => m.Groups[2].Success ? m.Groups[2].Value : "compose-test-key");

    private static Process Start(Dictionary<string, string> environment, int port)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsApi.dll"), "--urls", $"http://127.0.0.1:{port}", "--NewsApi:SeedsPath=" + TestData.SeedsFolder()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return ServerProcesses.Start(info);
    }
}
