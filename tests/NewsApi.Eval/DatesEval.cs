namespace NewsApi.Eval;

internal static class DatesEval
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("not implemented yet");
        return 2;
    }
}
