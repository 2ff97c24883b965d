// finding: F2-teardown-in-let-else
// seed: 1000015
// expect `drain` => item 2 w8- item 10 t9 t9. s11 item 12 w14- w17- w16- j16 b15=17 b1=36 L18 b24=38 b23=40 end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => item 2 close
// expect `take 0 mid 1 cancel` => item 2 cancel
// expect `take 0 mid 2 close` => item 2 close
// expect `take 0 mid 2 cancel` => item 2 cancel
// expect `take 0 mid 3 close` => item 2 close
// expect `take 0 mid 3 cancel` => item 2 cancel
// expect `take 1 close` => item 2 close
// expect `take 1 cancel` => item 2 cancel
// expect `take 1 mid 1 close` => item 2 gaveup w8- t9 t9. close
// expect `take 1 mid 1 cancel` => item 2 gaveup w8x cancel
// expect `take 1 mid 2 close` => item 2 w8- item 10 t9 t9. close
// expect `take 1 mid 2 cancel` => item 2 w8- item 10 t9 t9. cancel
// expect `take 1 mid 3 close` => item 2 w8- item 10 t9 t9. close
// expect `take 1 mid 3 cancel` => item 2 w8- item 10 t9 t9. cancel
// expect `take 2 close` => item 2 w8- item 10 t9 t9. close
// expect `take 2 cancel` => item 2 w8- item 10 t9 t9. cancel
// expect `take 2 mid 1 close` => item 2 w8- item 10 t9 t9. s11 item 12 close
// expect `take 2 mid 1 cancel` => item 2 w8- item 10 t9 t9. s11 item 12 cancel
// expect `take 2 mid 2 close` => item 2 w8- item 10 t9 t9. s11 item 12 close
// expect `take 2 mid 2 cancel` => item 2 w8- item 10 t9 t9. s11 item 12 cancel
// expect `take 2 mid 3 close` => item 2 w8- item 10 t9 t9. s11 item 12 close
// expect `take 2 mid 3 cancel` => item 2 w8- item 10 t9 t9. s11 item 12 cancel
// expect `take 5 mid 3 cancel` => item 2 w8- item 10 t9 t9. s11 item 12 w14- w17- w16- j16 b15=17 b1=36 L18 b24=38 b23=40 end cancel
// expect `take 8 close` => item 2 w8- item 10 t9 t9. s11 item 12 w14- w17- w16- j16 b15=17 b1=36 L18 b24=38 b23=40 end close
// expect `take 6 mid 6 close` => item 2 w8- item 10 t9 t9. s11 item 12 w14- w17- w16- j16 b15=17 b1=36 L18 b24=38 b23=40 end close
// expect `take 5 cancel` => item 2 w8- item 10 t9 t9. s11 item 12 w14- w17- w16- j16 b15=17 b1=36 L18 b24=38 b23=40 end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    let mut c1 = 0;
    let b1: u32 = 'l1: loop {
        c1 += 1;
        if c1 > 1 { break 36; }
        yield_!(2);
        {
            match ctx.pick(4, 1, 2) {
                0 => {
                    teardown! {
                        ctx.log("t5");
                        W::new(&ctx, 6, 2).await;
                        ctx.log("t5.");
                    }
                    ctx.log("s7");
                }
                _ => {
                    W::new(&ctx, 8, 1).await;
                    teardown! {
                        ctx.log("t9");
                        ctx.log("t9.");
                    }
                    yield_!(10);
                }
            }
            ctx.log("s11");
            yield_!(12);
        }
        {
            W::new(&ctx, 14, 0).await;
        }
        let b15: u32 = 'l15: {
            tokio::join!(async { W::new(&ctx, 16, 2).await; ctx.log("j16"); }, W::new(&ctx, 17, 1));
            17
        };
        ctx.log(format!("b15={b15}"));
    };
    ctx.log(format!("b1={b1}"));
    let Some(v18) = ctx.opt(18, 0b11, 2) else {
        teardown! {
            ctx.log("t19");
            W::new(&ctx, 20, 1).await;
            ctx.log("t19.");
        }
        W::new(&ctx, 21, 2).await;
        W::new(&ctx, 22, 3).await;
        return;
    };
    ctx.log(format!("L{v18}"));
    let b23: u32 = 'l23: {
        let mut c24 = 0;
        let b24: u32 = 'l24: loop {
            c24 += 1;
            if c24 > 0 { break 38; }
            ctx.log("s25");
        };
        ctx.log(format!("b24={b24}"));
        40
    };
    ctx.log(format!("b23={b23}"));
}
