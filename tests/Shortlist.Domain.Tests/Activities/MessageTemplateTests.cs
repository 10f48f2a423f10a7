using Shortlist.Domain.Activities;
using Shortlist.Domain.Common;

namespace Shortlist.Domain.Tests.Activities;

public class MessageTemplateTests
{
    [Fact]
    public void Placeholders_are_filled_from_the_values_and_missing_ones_are_left_empty()
    {
        var template = new MessageTemplate("Intro", "{{position.title}} at {{organization.name}}", "Hello {{ candidate.firstName }},\n\n{{position.title}}: {{recruiter.name}}", TestClock.Now);
        var (subject, body) = template.Render(new Dictionary<string, string?>
        {
            ["candidate.firstName"] = "Ada", ["position.title"] = "EHR Project Manager", ["organization.name"] = "Xenon Health",
        });
        Assert.Equal("EHR Project Manager at Xenon Health", subject);
        Assert.Equal("Hello Ada,\n\nEHR Project Manager: ", body);
    }

    [Fact]
    public void An_unknown_placeholder_is_refused_with_the_known_ones_named()
    {
        var e = Assert.Throws<DomainRuleException>(() => new MessageTemplate("Bad", "Hi", "Dear {{candidate.salary}}", TestClock.Now));
        Assert.Contains("{{candidate.salary}}", e.Message, StringComparison.Ordinal);
        Assert.Contains("{{candidate.firstName}}", e.Message, StringComparison.Ordinal);
    }
}
