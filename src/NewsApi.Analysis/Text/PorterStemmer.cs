namespace NewsApi.Analysis.Text;

/// <summary>
/// The original Porter (1980) stemmer, after Martin Porter's reference C implementation. Input must be lower case;
/// words of one or two letters are returned unchanged. Allocation: one small buffer per call.
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        var state = new State(word);
        state.Run();
        return state.K == word.Length - 1 && state.SameAs(word) ? word : new string(state.B, 0, state.K + 1);
    }

    private sealed class State
    {
        public readonly char[] B;
        public int K;
        private int _j;

        public State(string word)
        {
            B = new char[word.Length + 2];
            word.CopyTo(0, B, 0, word.Length);
            K = word.Length - 1;
        }

        public bool SameAs(string word)
        {
            for (var i = 0; i <= K; i++)
            {
                if (B[i] != word[i])
                {
                    return false;
                }
            }

            return true;
        }

        public void Run()
        {
            Step1Ab();
            if (K > 0)
            {
                Step1C();
                Step2();
                Step3();
                Step4();
                Step5();
            }
        }

        private bool Cons(int i)
        {
            switch (B[i])
            {
                case 'a':
                case 'e':
                case 'i':
                case 'o':
                case 'u':
                    return false;
                case 'y':
                    return i == 0 || !Cons(i - 1);
                default:
                    return true;
            }
        }

        /// <summary>The number of consonant-vowel sequences between 0 and j.</summary>
        private int M()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > _j)
                {
                    return n;
                }

                if (!Cons(i))
                {
                    break;
                }

                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (Cons(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (!Cons(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!Cons(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleC(int j) => j >= 1 && B[j] == B[j - 1] && Cons(j);

        private bool Cvc(int i)
        {
            if (i < 2 || !Cons(i) || Cons(i - 1) || !Cons(i - 2))
            {
                return false;
            }

            var ch = B[i];
            return ch != 'w' && ch != 'x' && ch != 'y';
        }

        private bool Ends(string s)
        {
            var length = s.Length;
            if (s[length - 1] != B[K] || length > K + 1)
            {
                return false;
            }

            for (var i = 0; i < length; i++)
            {
                if (B[K - length + 1 + i] != s[i])
                {
                    return false;
                }
            }

            _j = K - length;
            return true;
        }

        private void SetTo(string s)
        {
            for (var i = 0; i < s.Length; i++)
            {
                B[_j + 1 + i] = s[i];
            }

            K = _j + s.Length;
        }

        private void R(string s)
        {
            if (M() > 0)
            {
                SetTo(s);
            }
        }

        private void Step1Ab()
        {
            if (B[K] == 's')
            {
                if (Ends("sses"))
                {
                    K -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (B[K - 1] != 's')
                {
                    K--;
                }
            }

            if (Ends("eed"))
            {
                if (M() > 0)
                {
                    K--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                K = _j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleC(K))
                {
                    K--;
                    var ch = B[K];
                    if (ch == 'l' || ch == 's' || ch == 'z')
                    {
                        K++;
                    }
                }
                else
                {
                    _j = K;
                    if (M() == 1 && Cvc(K))
                    {
                        SetTo("e");
                    }
                }
            }
        }

        private void Step1C()
        {
            if (Ends("y") && VowelInStem())
            {
                B[K] = 'i';
            }
        }

        private bool Try(string suffix, string replacement)
        {
            if (!Ends(suffix))
            {
                return false;
            }

            R(replacement);
            return true;
        }

        private void Step2()
        {
            switch (B[K - 1])
            {
                case 'a':
                    _ = Try("ational", "ate") || Try("tional", "tion");
                    break;
                case 'c':
                    _ = Try("enci", "ence") || Try("anci", "ance");
                    break;
                case 'e':
                    _ = Try("izer", "ize");
                    break;
                case 'l':
                    _ = Try("bli", "ble") || Try("alli", "al") || Try("entli", "ent") || Try("eli", "e") || Try("ousli", "ous");
                    break;
                case 'o':
                    _ = Try("ization", "ize") || Try("ation", "ate") || Try("ator", "ate");
                    break;
                case 's':
                    _ = Try("alism", "al") || Try("iveness", "ive") || Try("fulness", "ful") || Try("ousness", "ous");
                    break;
                case 't':
                    _ = Try("aliti", "al") || Try("iviti", "ive") || Try("biliti", "ble");
                    break;
                case 'g':
                    _ = Try("logi", "log");
                    break;
                default:
                    break;
            }
        }

        private void Step3()
        {
            switch (B[K])
            {
                case 'e':
                    _ = Try("icate", "ic") || Try("ative", "") || Try("alize", "al");
                    break;
                case 'i':
                    _ = Try("iciti", "ic");
                    break;
                case 'l':
                    _ = Try("ical", "ic") || Try("ful", "");
                    break;
                case 's':
                    _ = Try("ness", "");
                    break;
                default:
                    break;
            }
        }

        private void Step4()
        {
            bool found;
            switch (B[K - 1])
            {
                case 'a':
                    found = Ends("al");
                    break;
                case 'c':
                    found = Ends("ance") || Ends("ence");
                    break;
                case 'e':
                    found = Ends("er");
                    break;
                case 'i':
                    found = Ends("ic");
                    break;
                case 'l':
                    found = Ends("able") || Ends("ible");
                    break;
                case 'n':
                    found = Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent");
                    break;
                case 'o':
                    found = (Ends("ion") && _j >= 0 && (B[_j] == 's' || B[_j] == 't')) || Ends("ou");
                    break;
                case 's':
                    found = Ends("ism");
                    break;
                case 't':
                    found = Ends("ate") || Ends("iti");
                    break;
                case 'u':
                    found = Ends("ous");
                    break;
                case 'v':
                    found = Ends("ive");
                    break;
                case 'z':
                    found = Ends("ize");
                    break;
                default:
                    found = false;
                    break;
            }

            if (found && M() > 1)
            {
                K = _j;
            }
        }

        private void Step5()
        {
            _j = K;
            if (B[K] == 'e')
            {
                var a = M();
                if (a > 1 || (a == 1 && !Cvc(K - 1)))
                {
                    K--;
                }
            }

            if (B[K] == 'l' && DoubleC(K) && M() > 1)
            {
                K--;
            }
        }
    }
}
