// finding: F2-teardown-in-let-else
// seed: 1000037
// expect `drain` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w5- close=Ok
// expect `take 0 mid 1 cancel` => gaveup w5x cancel=Ok
// expect `take 0 mid 2 close` => gaveup w5- close=Ok
// expect `take 0 mid 2 cancel` => gaveup w5x cancel=Ok
// expect `take 0 mid 3 close` => gaveup w5- close=Ok
// expect `take 0 mid 3 cancel` => gaveup w5x cancel=Ok
// expect `take 1 close` => w5- item Ok(6) close=Ok
// expect `take 1 cancel` => w5- item Ok(6) cancel=Ok
// expect `take 1 mid 1 close` => w5- item Ok(6) s9 t7 gaveup w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. close=Ok
// expect `take 1 mid 1 cancel` => w5- item Ok(6) s9 t7 gaveup w8- t7. cancel=Ok
// expect `take 1 mid 2 close` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 gaveup w14- t13. close=Ok
// expect `take 1 mid 2 cancel` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 gaveup w14- t13. cancel=Ok
// expect `take 1 mid 3 close` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 gaveup w14- t13. close=Ok
// expect `take 1 mid 3 cancel` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 gaveup w14- t13. cancel=Ok
// expect `take 2 close` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. end close=Ok
// expect `take 2 cancel` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. end cancel=Ok
// expect `take 2 mid 1 close` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. end close=Ok
// expect `take 2 mid 1 cancel` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. end cancel=Ok
// expect `take 2 mid 2 close` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. end close=Ok
// expect `take 2 mid 2 cancel` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. end cancel=Ok
// expect `take 2 mid 3 close` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. end close=Ok
// expect `take 2 mid 3 cancel` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. end cancel=Ok
// expect `take 7 mid 1 close` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. end close=Ok
// expect `take 8 mid 6 cancel` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. end cancel=Ok
// expect `take 6 close` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. end close=Ok
// expect `take 6 cancel` => w5- item Ok(6) s9 t7 w8- t7. w11- w18- t15 w16- t15. t13 w14- t13. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    let mut c1 = 0;
    'l1: while c1 < 3 {
        c1 += 1;
        if ctx.ch(2, 0b100, 4) {
            yield_!(Ok(3));
        } else {
            let Some(v4) = ctx.opt(4, 0b10, 4) else {
                W::new(&ctx, 5, 3).await;
                yield_!(Ok(6));
                teardown! {
                    ctx.log("t7");
                    W::new(&ctx, 8, 1).await;
                    ctx.log("t7.");
                }
                ctx.log("s9");
                break;
            };
            ctx.log(format!("L{v4}"));
            yield_!(Ok(10));
        }
    }
    W::new(&ctx, 11, 0).await;
    let b12: u32 = 'l12: {
        teardown! {
            ctx.log("t13");
            W::new(&ctx, 14, 2).await;
            ctx.log("t13.");
        }
        teardown! {
            ctx.log("t15");
            W::new(&ctx, 16, 0).await;
            ctx.log("t15.");
        }
        let Some(v17) = ctx.opt(17, 0b10, 4) else {
            W::new(&ctx, 18, 0).await;
            return;
        };
        ctx.log(format!("L{v17}"));
        teardown! {
            ctx.log("t19");
            W::new(&ctx, 20, 1).await;
            ctx.log("t19.");
        }
        ctx.log("s21");
        30
    };
    ctx.log(format!("b12={b12}"));
    ctx.log("s22");
}
