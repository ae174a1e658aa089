using NewsApi.Data;

namespace NewsApi.Tests.Data;

public sealed class StoreVersionTests
{
    [Fact]
    public void Own_commits_move_only_the_articles_they_changed()
    {
        var version = new StoreVersion();
        var (seven, three, list) = (version.ArticleKey(7), version.ArticleKey(3), version.Value);

        version.Committed(1, [3]);

        Assert.Equal(seven, version.ArticleKey(7));
        Assert.NotEqual(three, version.ArticleKey(3));
        Assert.NotEqual(list, version.Value);
        Assert.False(version.Observe(0, 1)); // the watcher recognises the counter value as this process's
        Assert.Equal(seven, version.ArticleKey(7));
    }

    [Fact]
    public void A_counter_value_this_process_did_not_commit_moves_every_key()
    {
        var version = new StoreVersion();
        version.Committed(1, []);
        version.Committed(3, []);
        var seven = version.ArticleKey(7);

        Assert.True(version.Observe(0, 3)); // 2 was another process's commit
        Assert.NotEqual(seven, version.ArticleKey(7));

        var after = version.ArticleKey(7);
        Assert.True(version.Observe(3, 2)); // a counter that went back (a restored database) is foreign too
        Assert.NotEqual(after, version.ArticleKey(7));
    }

    [Fact]
    public void A_commit_registered_after_the_watcher_saw_it_is_counted_foreign_never_missed()
    {
        var version = new StoreVersion();
        var seven = version.ArticleKey(7);
        Assert.True(version.Observe(0, 1)); // the watcher read the counter before the writer registered it
        version.Committed(1, []);
        Assert.NotEqual(seven, version.ArticleKey(7));
        Assert.False(version.Observe(1, 1));
    }
}
