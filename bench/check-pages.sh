#!/usr/bin/env bash
# Markup and page-quality check of a running portal, offline: every URL of its sitemap and a few
# pages that the sitemap does not list go through the Nu HTML checker (npm vnu-jar, run with the
# JDK), and LIGHTHOUSE_PAGES of them through Lighthouse (npm lighthouse, with Debian's Chromium).
# Both are installed under bench/out/tools on first use. Prints each page's errors and a summary;
# exits non-zero when any page has a markup error or a Lighthouse category under MIN_SCORE.
#
#   ./mvnw spring-boot:run &            # the portal with its demo content
#   bash bench/check-pages.sh           # http://localhost:8080
#   BASE=http://127.0.0.1:8088 LIGHTHOUSE_PAGES=0 bash bench/check-pages.sh
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${BASE:-http://localhost:8080}
LIGHTHOUSE_PAGES=${LIGHTHOUSE_PAGES:-4}
MIN_SCORE=${MIN_SCORE:-0.99}
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
OUT=bench/out/pages
TOOLS=bench/out/tools
mkdir -p "$OUT/html" "$TOOLS"

if [ ! -f "$TOOLS/node_modules/vnu-jar/build/dist/vnu.jar" ] || [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ]; then
  echo "== installing vnu-jar and lighthouse (npm)"
  (cd "$TOOLS" && npm install --silent --no-audit --no-fund vnu-jar lighthouse >/dev/null)
fi
VNU="$TOOLS/node_modules/vnu-jar/build/dist/vnu.jar"

echo "== pages of $BASE"
# The sitemap is an index of files: every address of every file it names.
locs() { grep -o '<loc>[^<]*</loc>' | sed -e 's/<loc>//' -e 's/<\/loc>//' | sed -E "s#^https?://[^/]+#$BASE#"; }
urls=$(for file in $(curl -sf "$BASE/sitemap.xml" | locs); do curl -sf "$file" | locs; done)
# Pages without a place in the sitemap: lists with filters, account pages, error pages.
extra="/ /news /voices /library /library?q=hurricane /library?country=MX
/sign-in /sign-up /password-reset /no-such-page"
for path in $extra; do urls="$urls
$BASE$path"; done
urls=$(printf '%s\n' "$urls" | grep -v '^$' | sort -u)

rm -f "$OUT"/html/*.html
i=0
while IFS= read -r url; do
  i=$((i + 1))
  # Each page as a reader with no cookie and each language of the portal would have it.
  curl -s -H 'Accept: text/html,application/xhtml+xml' -H 'Accept-Language: es' -o "$OUT/html/page-$i.html" "$url" || true
  printf '%s\t%s\n' "page-$i.html" "$url"
done <<< "$urls" > "$OUT/index.tsv"
echo "   $(wc -l < "$OUT/index.tsv") pages fetched"

echo "== Nu HTML checker"
errors=0
if ! java -jar "$VNU" --errors-only --format gnu "$OUT"/html/*.html > "$OUT/vnu.txt" 2>&1; then
  errors=$(grep -c ':' "$OUT/vnu.txt" || true)
  while IFS=$'\t' read -r file url; do
    if grep -q "$file" "$OUT/vnu.txt"; then
      echo "-- $url"
      grep "$file" "$OUT/vnu.txt" | sed 's/^[^:]*:/   /'
    fi
  done < "$OUT/index.tsv"
fi
echo "   markup errors: $errors"

low=0
if [ "$LIGHTHOUSE_PAGES" -gt 0 ]; then
  echo "== Lighthouse ($LIGHTHOUSE_PAGES pages)"
  for url in $(cut -f2 "$OUT/index.tsv" | grep -v '?' | head -n "$LIGHTHOUSE_PAGES"); do
    report="$OUT/lighthouse-$(echo "$url" | md5sum | cut -c1-8).json"
    CHROME_PATH=$CHROMIUM "$TOOLS/node_modules/.bin/lighthouse" "$url" --quiet --output=json \
      --output-path="$report" --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic" \
      >/dev/null 2>&1 || { echo "   lighthouse failed on $url"; low=$((low + 1)); continue; }
    scores=$(node -e 'const r=require(process.argv[1]);console.log(Object.values(r.categories).map(c=>c.id+"="+c.score).join(" "))' "$PWD/$report")
    echo "   $url  $scores"
    for s in $scores; do
      node -e 'process.exit(Number(process.argv[1]) >= Number(process.argv[2]) ? 0 : 1)' "${s#*=}" "$MIN_SCORE" || low=$((low + 1))
    done
  done
  echo "   categories under $MIN_SCORE: $low"
fi

[ "$errors" -eq 0 ] && [ "$low" -eq 0 ]
