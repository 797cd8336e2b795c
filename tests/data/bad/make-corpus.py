#!/usr/bin/env python3
"""Writes the bad-input corpus of tests/data/bad (issue 17 item 5) byte for byte.

Each file holds one problem that CSV files from spreadsheets and CRM exports have; expected.json says, by
hand, what the import must do with it (accepted, normalised, or refused with line and column), and
tests/io/tst_badinput.cpp checks it. Run from anywhere: python3 tests/data/bad/make-corpus.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def u16le(text):
    return text.encode("utf-16-le")


def cp932(text):
    return text.encode("cp932")


FILES = {
    # Encodings
    "invalid-utf8.csv": b"name,amount\nAcme,100\nBad\xff\xfename,200\nGlobex,300\n",
    "utf8-overlong.csv": b"name,amount\nslash\xc0\xafx,1\n",
    "utf8-surrogate.csv": b"name\n\xed\xa0\x80x\n",
    "utf8-bom.csv": b"\xef\xbb\xbfname,amount\r\nAcme,100\r\n",
    "utf16le-tabs.csv": b"\xff\xfe" + u16le("会社名\t金額\t更新日\r\n株式会社テスト\t1200\t2025/4/1\r\n𠮷野家\t3\t令和7年4月1日\r\n"),
    "utf16be-bom.csv": b"\xfe\xff" + "name,amount\r\nAcme,100\r\n".encode("utf-16-be"),
    "utf16le-no-bom.csv": u16le("name\tamount\r\nAcme\t100\r\nGlobex\t200\r\n"),
    "utf16-odd-length.csv": b"\xff\xfe" + u16le("a,b\r\n1,2\r\n") + b"\x33",
    "cp932-nec-ibm.csv": cp932("会社名,住所\r\n㈱構表,プロロジスパーク座間Ⅱ３Ｆ\r\n纊工業,１６丁目４－２５\r\n"),
    "cp932-invalid.csv": cp932("会社名,金額\r\n構,a") + b"\x85\x40" + cp932("\r\n表,1\r\n"),
    "shift-jis-holidays.csv": cp932("国民の祝日・休日月日,国民の祝日・休日名称\r\n2025/1/1,元日\r\n2025/1/13,成人の日\r\n"),
    "mixed-line-endings.csv": b"name,amount\r\nA,1\nB,2\rC,3\r\n",
    "no-final-newline.csv": b"name,amount\nA,1\nB,2",
    "cr-only.csv": b"name,amount\rA,1\rB,2\r",
    # Quoting
    "unclosed-quote-at-end.csv": b'name,note\nA,ok\nB,"never closed\n',
    "unclosed-quote-middle.csv": b'name,note\nA,"oops\nB,fine\nC,fine\n',
    "quote-mid-field.csv": b'item,size\n12" pipe,2\n"ok",3\n',
    "text-after-closing-quote.csv": b'name,amount\n"Acme" Inc,100\n',
    "quoted-newlines.csv": b'name,note\r\nA,"line one\r\nline two"\r\nB,"x\ny"\r\nC,z\r\n',
    "doubled-quotes.csv": b'name,quote\n"Acme ""Ltd""","He said ""hi"", then left"\n',
    "semicolon-decimal-comma.csv": b"name;amount;rate\nA;1.200,50;0,5\nB;3,25;1,0\n",
    # Structure
    "empty.csv": b"",
    "bom-only.csv": b"\xef\xbb\xbf",
    "blank-lines-only.csv": b"\r\n\r\n  \r\n",
    "header-only.csv": b"account,date,metric,value\r\n",
    "header-only-no-newline.csv": b"account,date,metric,value",
    "duplicate-headers.csv": b"name,amount,Name\nA,1,B\n",
    "blank-headers.csv": b"name,,amount\nA,x,1\n",
    "ragged-rows.csv": b"a,b,c\n1,2,3\n1,2\n1,2,3,4\n1,2,3\n",
    "wide-10000-columns.csv": (",".join("c%d" % i for i in range(1, 10001)) + "\n"
                               + ",".join(str(i) for i in range(1, 10001)) + "\n").encode(),
    "field-1mb.csv": b'name,blob\nA,"' + b"x" * 1048576 + b'"\nB,small\n',
    "nul-bytes.csv": b"name,amount\nA\x00B,1\nC,2\n",
    "workbook-saved-as-csv.csv": b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 20 + b"[Content_Types].xml",
    "binary.csv": bytes(range(256)) * 4,
    "blank-lines-between.csv": b"name,amount\n\nA,1\n\n\nB,2\n",
    "trailing-empty-rows.csv": b"name,amount\r\nA,1\r\n,\r\n,\r\n",
    # Values
    "full-width-digits.csv": "name,amount,date\nA,１２００,２０２５年４月１日\nB,\"￥１,２００,０００\",2025/4/1\n".encode(),
    "era-dates.csv": "name,date\nA,令和7年4月1日\nB,R7.4.1\nC,令和元年5月1日\nD,平成31年4月30日\nE,H31.4.30\nF,㋿7年4月1日\n".encode(),
    "impossible-dates.csv": "name,date\nA,2025-02-30\nB,令和0年4月1日\nC,平成31年5月1日\nD,2025/13/1\nE,2024-02-29\n".encode(),
    "ambiguous-dates.csv": b"name,date\nA,04/01/2025\nB,13/01/2025\n",
    "formula-cells.csv": b"name,note\n=1+1,+81 3 1234\n@SUM(A1),-2+3\n-5,\t=x\n",
    "formula-guarded.csv": b"name,note\r\n'=1+1,'+81 3 1234\r\n''=x,'quoted\r\n",
    "salesforce-timestamps.csv": b"Id,CreatedDate\n001Ec00000FzlUdIAJ,2024-01-22T14:49:34.000+0000\n001Ec00000FzlUe,2024-01-22T20:00:00.000+0000\n",
    "excel-serial-dates.csv": b"name,date\nA,45748\nB,60\nC,1\nD,61\n",
    "booleans.csv": "name,flag\nA,True\nB,FALSE\nC,1\nD,0\nE,はい\nF,いいえ\nG,○\nH,×\nI,yes\nJ,maybe\n".encode(),
    "money-formats.csv": "name,arr\nA,\"¥1,200,000\"\nB,\"$12,000.50\"\nC,\"(1,200)\"\nD,\"1,200.5\"\nE,１２００円\n".encode(),
    "corporate-numbers.csv": "name,法人番号\nNTA,7000012050002\nBad,8000012050002\nToyota,1180301018771\n".encode(),
}

if __name__ == "__main__":
    for name, data in FILES.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    print("%d files" % len(FILES))
