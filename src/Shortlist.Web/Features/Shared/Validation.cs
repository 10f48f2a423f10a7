using Microsoft.AspNetCore.Http.HttpResults;

namespace Shortlist.Web.Features.Shared;

public static class Validation
{
    public static ValidationProblem Required(string field)
        => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"{field} is required."] });

    public static ValidationProblem Invalid(string field, string message)
        => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
