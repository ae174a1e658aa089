using FluentValidation;

namespace NewsApi.Validation;

/// <summary>
/// Runs the FluentValidation validator of the endpoint's argument of a validated type and answers 400
/// ValidationProblem with per-field errors before the handler runs.
/// </summary>
public static class ValidationFilter
{
    /// <summary>
    /// The filter for one endpoint: its validator (a singleton) and the position of its <typeparamref name="T"/>
    /// argument are found once, when the endpoint is built, instead of on every request.
    /// </summary>
    public static EndpointFilterDelegate Create<T>(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var validator = context.ApplicationServices.GetRequiredService<IValidator<T>>();
        var index = Array.FindIndex(context.MethodInfo.GetParameters(), p => p.ParameterType == typeof(T));
        if (index < 0)
        {
            throw new InvalidOperationException($"{context.MethodInfo.Name} has no {typeof(T).Name} argument to validate.");
        }

        // A read without query parameters binds the empty record: the validators are pure functions of their argument
        // (singletons over fixed configuration), so whether it is valid is decided once, not on every such read.
        var empty = EmptyOf<T>();
        var emptyIsValid = false;
        return async invocation =>
        {
            if (invocation.Arguments[index] is not T argument)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The request has no body or parameters to validate.");
            }

            if (emptyIsValid && EqualityComparer<T>.Default.Equals(argument, empty))
            {
                return await next(invocation);
            }

            var result = await validator.ValidateAsync(argument, invocation.HttpContext.RequestAborted);
            if (result.IsValid && empty is not null && EqualityComparer<T>.Default.Equals(argument, empty))
            {
                emptyIsValid = true;
            }

            return result.IsValid ? await next(invocation) : Problems.Validation(result.ToDictionary());
        };
    }

    /// <summary>
    /// What a request without values binds: a parameterless instance (a query record compares by value; any other
    /// class by reference, so it never matches a bound argument), or null when the type has no such constructor.
    /// </summary>
    private static T? EmptyOf<T>() => typeof(T).GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance<T>() : default;
}

public static class ValidationFilterExtensions
{
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilterFactory(ValidationFilter.Create<T>).ProducesValidationProblem();
}

/// <summary>The few problem answers handlers return, so they read the same everywhere.</summary>
public static class Problems
{
    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: "One or more fields are invalid: see errors.");

    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"No {what} with id {id}.");
}
