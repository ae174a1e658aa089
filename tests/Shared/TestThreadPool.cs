using System.Runtime.CompilerServices;

namespace NewsApi.Testing;

/// <summary>
/// Hundreds of tests run in parallel on a two-core machine and some of the framework's start-up paths block a pool
/// thread (WebApplicationFactory starts its host synchronously). With the default minimum of one thread per core the
/// pool grows by about one thread a second, and an I/O continuation such as a PostgreSQL connect can wait long enough
/// to hit its timeout. A higher minimum lets the pool grow at once; it changes no behaviour under test.
/// </summary>
internal static class TestThreadPool
{
    [ModuleInitializer]
    internal static void Widen()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
    }
}
