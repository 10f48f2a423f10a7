using System.Security.Cryptography;

namespace Shortlist.Web.Auth;

/// <summary>
/// A password made for a person (the first administrator created from the command line): 20 characters from an alphabet
/// without look-alikes (no 0/O, 1/l/I), always holding a lower-case letter, an upper-case letter and a digit, so it
/// passes the sign-in password policy every time (a random base-64 string of the same length lacks a digit about once
/// in 30 draws).
/// </summary>
public static class GeneratedPassword
{
    public const int Length = 20;
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Alphabet = Lower + Upper + Digits;

    public static string New()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(Alphabet, Length);
            if (password.Any(char.IsAsciiLetterLower) && password.Any(char.IsAsciiLetterUpper) && password.Any(char.IsAsciiDigit) && password.Distinct().Count() >= 8)
                return password;
        }
    }
}
